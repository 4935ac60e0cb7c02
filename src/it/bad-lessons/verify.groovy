def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] broken-yaml\.md:\d: front matter is not valid YAML: /
assert log.contains("[ERROR] no-title.md:1: lesson has no title; add 'title: ...' to its front matter")
assert log.contains("[ERROR] not-a-number.md:4: lesson must be a whole number, not 'three'")
assert log.contains('[WARNING] escape.md:8: image ../../../pom.xml points outside the lesson folder, which the build never reads')
assert log.contains('[ERROR] latin1.md:6: is not valid UTF-8 (bad byte at offset 49); save the file as UTF-8')
assert log.contains('The lessons have 4 errors and 1 warning (listed above); fix them and build again.')
// A mistake in the lessons is not a crash: no stack trace without -e (the invoker runs with -e, so look for our frames only in the error summary).
assert !(log =~ /(?m)^\s+at io\.github\.studyguide\.(scan|course|html|check)\./)
assert !new File(basedir, 'target/studyguide/bad-lessons-1.0.pdf').exists()
return true
