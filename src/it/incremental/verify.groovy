// Each invocation appends to build.log; the second one found nothing changed and skipped rendering.
def runs = new File(basedir, 'build.log').text.split(/Scanning for projects/)
assert runs.length == 4 : "expected three builds, found ${runs.length - 1}"
assert runs[1].contains('Rendering 2 lessons')
// The first run forked a JVM (asked to, and the invoker's Maven runs with the default compilers); the second ran
// in Maven's, by default.
assert runs[1].contains('Forking a JVM')
assert runs[1].find(/Forking a JVM: .* -Xmx256m -XX:\+UseSerialGC -cp /) : 'the user\'s JVM options come after the plugin\'s'
assert !runs[2].contains('Forking a JVM')
assert runs[1].contains('ForkedGuideMain build ')
assert runs[3].contains('Study guide is up to date')
assert !runs[3].contains('ForkedGuideMain build ') : 'an up-to-date build starts no JVM'
assert runs[2].contains('Study guide is up to date')
assert !runs[2].contains('Rendering ')
assert new File(basedir, 'target/guides/course.pdf').isFile()
// The check goal, with the build's outputDirectory and finalName, read back what the first build kept.
assert runs[2].contains('Read back the facts of 2 of 2 lessons, unchanged since the last build') : runs[2]
return true
