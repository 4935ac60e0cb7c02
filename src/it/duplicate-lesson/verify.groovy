def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] two/second.md:4: lesson 3.4 is also one/first.md; give one of them another lesson number, or an 'order' to place it after the other")
assert log.contains('The lessons have 1 error (listed above); fix them and build again.')
assert !new File(basedir, 'target/studyguide/duplicate-lesson-1.0.pdf').exists()
assert !new File(basedir, 'target/studyguide/duplicate-lesson-1.0.epub').exists()
return true
