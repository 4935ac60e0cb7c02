def log = new File(basedir, 'build.log').text
assert log.contains('Skipping the study guide (studyguide.skip=true)')
assert !new File(basedir, 'target/studyguide').exists()
return true
