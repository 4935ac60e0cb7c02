def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] one.md:6: link nowhere.md points to no lesson of this guide; check the file name')
assert log.contains('The lessons have 0 errors and 1 warning (listed above); fix them and build again. (failOnWarning is set, so warnings fail the build)')
assert !new File(basedir, 'target/studyguide/fail-on-warning-1.0.pdf').exists()
return true
