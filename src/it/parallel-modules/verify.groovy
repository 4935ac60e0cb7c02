import io.github.studyguide.GuideInspector

['alpha', 'beta', 'gamma'].each { m ->
    def pdf = new File(basedir, "${m}/target/studyguide/${m}-1.0.pdf")
    def epub = new File(basedir, "${m}/target/studyguide/${m}-1.0.epub")
    def text = GuideInspector.pdfPages(pdf).join('\n')
    (1..6).each { i -> assert text.contains("${m} lesson ${i}") : "${pdf} lacks lesson ${i}" }
    ['alpha', 'beta', 'gamma'].findAll { it != m }.each { other -> assert !text.contains("${other} lesson") : "${m} got ${other}'s lessons" }
    assert GuideInspector.epubToc(epub).count { it.contains("${m} lesson") } == 6
    assert GuideInspector.epubCheck(epub) == []
}
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder') || log.contains('threads') : 'the build did not run in parallel'
return true
