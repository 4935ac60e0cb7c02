import io.github.studyguide.GuideInspector

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.util.concurrent.TimeUnit

// Starts the watch goal in a real Maven run of its own, with the preview on any free port; edits a lesson, waits
// for the new PDF, asks the preview for its pages and for ways out of the output folder, then stops the goal as
// Ctrl-C would. Every wait is bounded, and the process is killed in the end whatever happens.
def root = new File(basedir, '../../..').canonicalFile
def settings = new File(basedir, 'watch-settings.xml')
settings.text = new File(root, 'src/it/settings.xml').text
        .replace('@localRepositoryUrl@', new File(localRepositoryPath.toString()).toURI().toString())
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def maven = { List args -> ([mvn, "-B", "-o", "-s", settings.path, "-Dmaven.repo.local=$localRepositoryPath"] + args).collect { it.toString() } }
def guides = new File(basedir, 'target/studyguide')
def pdf = new File(guides, 'watch-1.0.pdf')
def epub = new File(guides, 'watch-1.0.epub')

def port // known once the goal says where it listens
// Appended by the reader thread while the script searches it: a copy-on-write list iterates over a snapshot
// (a synchronized list's iterator is not safe, and threw ConcurrentModificationException in a CI run).
def log = new java.util.concurrent.CopyOnWriteArrayList()
def watchLog = new File(basedir, 'watch.log')
def process = new ProcessBuilder(maven(['studyguide:watch', '-Dstudyguide.serve=true', '-Dstudyguide.servePort=0']))
        .directory(basedir).redirectErrorStream(true).start()
def reader = Thread.start {
    process.inputStream.withReader('UTF-8') { r -> r.eachLine { line -> log << line; watchLog << line + '\n' } }
}
def awaitLine = { String what, long seconds ->
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
    while (System.nanoTime() < giveUp) {
        def found = log.find { it.contains(what) }
        if (found) return found
        assert process.alive : "the watch ended before '$what':\n" + log.join('\n')
        Thread.sleep(100)
    }
    assert false : "no '$what' within $seconds s:\n" + log.join('\n')
}
def get = { String path ->
    def connection = new URL("http://127.0.0.1:${port}${path}").openConnection()
    connection.connectTimeout = 10_000
    connection.readTimeout = 10_000
    [connection.responseCode, connection.responseCode == 200 ? connection.inputStream.bytes : new byte[0]]
}
// Sent as written, since URL and HTTP clients tidy '..' and escapes away.
def rawStatus = { String path ->
    new Socket('127.0.0.1', port as int).withCloseable { socket ->
        socket.soTimeout = 10_000
        socket.outputStream << "GET $path HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)
        def status = new String(socket.inputStream.readNBytes(12), StandardCharsets.ISO_8859_1)
        status.substring(9, 12) as int
    }
}

try {
    port = (awaitLine('Preview on http://127.0.0.1:', 300) =~ /127\.0\.0\.1:(\d+)\//)[0][1]
    awaitLine('for changes; stop with Ctrl-C', 300)
    assert pdf.isFile() && epub.isFile()
    assert !log.any { it.contains('Forking a JVM') } : 'the watch goal is the warm JVM: it never forks'
    assert GuideInspector.epubCheck(epub) == []

    // The preview: its page, a lesson as the EPUB has it, the guides.
    def (status, page) = get('/')
    assert status == 200
    def html = new String(page, 'UTF-8')
    assert html.contains('Saving Often') && html.contains("/watch-1.0.pdf") && html.contains("/watch-1.0.epub")
    def lessonPath = (html =~ /href="(\/book\/[^"#]+)"[^>]*>[^<]*Saving Often/)[0][1]
    assert get(lessonPath)[0] == 200
    assert new String(get('/watch-1.0.pdf')[1], 'ISO-8859-1').startsWith('%PDF-')

    // An edit: the new PDF is in place after one line of log.
    new File(basedir, 'src/main/lessons/01-saving.md') << '\nA sentence written while the watch runs.\n'
    def rebuilt = awaitLine('Rebuilt after a change to 01-saving.md: 1 of 2 lessons rendered', 300)
    assert rebuilt.contains('[INFO]')
    assert GuideInspector.pdfPages(pdf).join(' ').contains('A sentence written while the watch runs.')
    assert new String(get(lessonPath)[1], 'UTF-8').contains('A sentence written while the watch runs.')
    assert new String(get('/_preview/build')[1], 'UTF-8') == '2'

    // Nothing but what the build generated.
    ['/pom.xml', '/../pom.xml', '/%2e%2e/pom.xml', '/book/../../../pom.xml', '/book/OEBPS/%2e%2e/%2e%2e/pom.xml',
     '/..%2fpom.xml', '/.studyguide-cache/', '/.watch-1.0.studyguide-state', '/src/main/lessons/01-saving.md'].each {
        assert rawStatus(it) == 404 : it
    }
} finally {
    // As Ctrl-C: the JVM's shutdown hooks run, the watch's among them.
    process.destroy()
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        assert false : 'the watch did not stop within 60 s of being asked:\n' + log.join('\n')
    }
    reader.join(10_000)
}
def leftovers = []
guides.eachFileRecurse { if (it.name.endsWith('.part')) leftovers << it }
assert leftovers == [] : 'no temporary files once stopped'

// The watch's guides have the bytes of a clean build of the same lessons.
def clean = new ProcessBuilder(maven(['studyguide:build', '-Dstudyguide.outputDirectory=target/clean']))
        .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, 'clean.log')).start()
assert clean.waitFor(300, TimeUnit.SECONDS) : 'the clean build took over 5 minutes'
assert clean.exitValue() == 0 : new File(basedir, 'clean.log').text
assert Files.mismatch(pdf.toPath(), new File(basedir, 'target/clean/watch-1.0.pdf').toPath()) == -1L
assert Files.mismatch(epub.toPath(), new File(basedir, 'target/clean/watch-1.0.epub').toPath()) == -1L
return true
