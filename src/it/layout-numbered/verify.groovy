import io.github.studyguide.GuideInspector

// Numbered folders and files, no layout file: 02-containers/10-running.md is lesson 2.10.
def pdf = new File(basedir, 'target/studyguide/layout-numbered-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/layout-numbered-1.0.epub')
assert pdf.isFile() && epub.isFile()

// Natural order (9 before 10, section 2 before 10); sections titled from the folders' slugs; lesson titles from
// their first heading, or front matter where it has one; front matter places the unnumbered file.
def order = ['Section 1: Getting started', '  1.1 Welcome', '  1.2 Installing the Tools',
             'Section 2: Containers', '  2.2 What Is a Container?', '  2.9 Building Images', '  2.10 Running Containers',
             'Section 10: Wrapping up', '  10.1 Review', '  10.5 Bonus Lab']
assert GuideInspector.pdfBookmarks(pdf) == order
assert GuideInspector.epubToc(epub) == ['layout-numbered'] + order
assert GuideInspector.epubCheck(epub) == []

def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s2-l2.xhtml#s2-l2">what a container is</a>')
// The heading that became the lesson's title keeps its id, so links to it still land.
assert content.contains('<a href="s2-l2.xhtml#s2-l2_what-is-a-container">back</a>')
assert content.contains('id="s2-l2_what-is-a-container"')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Reading order from numbered paths (NN-name.md, NN-folder/NN-name.md): 6 lessons in 3 sections;'
        + ' 1 file placed by front matter, which wins where it gives section or lesson')

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
