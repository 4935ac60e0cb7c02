import io.github.studyguide.GuideInspector

// After install, both guides are in the local repository next to the project's pom, with classifier study-guide.
def dir = new File(localRepositoryPath, 'io/github/studyguide/it/attach/1.0')
def pdf = new File(dir, 'attach-1.0-study-guide.pdf')
def epub = new File(dir, 'attach-1.0-study-guide.epub')
assert pdf.isFile() : "not installed: ${pdf}"
assert epub.isFile() : "not installed: ${epub}"
assert pdf.bytes == new File(basedir, 'target/studyguide/attach-1.0.pdf').bytes
assert epub.bytes == new File(basedir, 'target/studyguide/attach-1.0.epub').bytes

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
