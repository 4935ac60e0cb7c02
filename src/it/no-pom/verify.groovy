import io.github.studyguide.GuideInspector

// Run without a pom: lessons from the current folder, guides in ./target/studyguide named and titled after it.
def pdf = new File(basedir, 'target/studyguide/no-pom.pdf')
def epub = new File(basedir, 'target/studyguide/no-pom.epub')
assert pdf.isFile() && epub.isFile()

def order = ['Section 1: No pom', '  1.1 First Steps', '  1.2 Next Steps', '  1.10 Last Steps']
assert GuideInspector.pdfBookmarks(pdf) == order
assert GuideInspector.epubToc(epub) == ['no-pom'] + order
assert GuideInspector.epubCheck(epub) == []
assert GuideInspector.pdfPages(pdf)[0].contains('no-pom')

def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s1-l2.xhtml#s1-l2">next lesson</a>')
assert content.contains('<a href="s1-l10.xhtml#s1-l10">the tenth</a>')

def log = new File(basedir, 'build.log').text
assert log.contains('Building Maven Stub Project (No POM)')
assert log.contains('[INFO] Reading order from numbered paths (NN-name.md, NN-folder/NN-name.md): 3 lessons in 1 section')

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
