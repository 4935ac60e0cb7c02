import io.github.studyguide.GuideInspector

// A MkDocs site: mkdocs.yml's nav over docs_dir, with Python tags the build must not trip on.
def pdf = new File(basedir, 'target/studyguide/layout-mkdocs-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/layout-mkdocs-1.0.epub')
assert pdf.isFile() && epub.isFile()

// A folder in the nav: its README first, then the pages in the order it links them. The web link is left out.
def order = ['Section 1: Home', '  1.1 Home', 'Section 2: User Guide', '  2.1 User Guide', '  2.2 Installing',
             '  2.3 Configuration']
assert GuideInspector.pdfBookmarks(pdf) == order
assert GuideInspector.epubToc(epub) == ['Lantern Docs'] + order
assert GuideInspector.epubCheck(epub) == []
assert !GuideInspector.pdfPages(pdf).join('\n').contains('REPOSITORY README')

// Directory URLs resolve as MkDocs serves the pages; ids follow Python-Markdown's toc (underscores kept, accents
// folded); raw HTML's image path is relative to the page's URL.
def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s2-l1.xhtml#s2-l1">the guide</a>')
assert content.contains('<a href="s2-l3.xhtml#s2-l3_site_name">the site_name option</a>')
assert content.contains('<a href="s2-l2.xhtml#s2-l2">installing</a>')
assert content.contains('<a href="s2-l3.xhtml#s2-l3_site_name">site_name</a>')
assert content.contains('<a href="#s2-l3_unicode-tabs_too">from here</a>')
assert content =~ /<img src="\.\.\/images\/[0-9a-f]{16}\.png" alt="The lantern logo" \/>/

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Reading order from MkDocs mkdocs.yml nav: 4 lessons in 2 sections')
assert !log.contains('[WARNING]') : 'every link resolves'

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
