import io.github.studyguide.GuideInspector

// An mdBook book: book.toml and src/SUMMARY.md, no front matter at all.
def pdf = new File(basedir, 'target/studyguide/layout-mdbook-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/layout-mdbook-1.0.epub')
assert pdf.isFile() && epub.isFile()

// The prefix chapter, each part, and the suffix chapter are sections; nesting is flattened in order; the draft
// chapter is left out. Titles are SUMMARY.md's link texts; the book's title is book.toml's.
def order = ['Section 1: Preface', '  1.1 Preface',
             'Section 2: Brewing', '  2.1 Filling the kettle', '  2.2 Boiling', '  2.3 Descaling',
             'Section 3: Reference', '  3.1 Settings',
             'Section 4: Thanks', '  4.1 Thanks']
assert GuideInspector.pdfBookmarks(pdf) == order
assert GuideInspector.epubToc(epub) == ['Kettle Handbook'] + order
assert GuideInspector.epubCheck(epub) == []

// A chapter's opening heading is its title, shown once.
def pages = GuideInspector.pdfPages(pdf)
def filling = pages.find { it.contains('Fill it to the line') }
assert filling.count('Filling the kettle') == 1 : filling

// ./chapter.md, ../other.md#anchor (GitHub ids keep underscores), mdBook's .html links all stay in the guide.
def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s2-l1.xhtml#s2-l1">filling</a>')
assert content.contains('<a href="s3-l1.xhtml#s3-l1_max_level">max_level setting</a>')
assert content.contains('<a href="s2-l2.xhtml#s2-l2">boiling page</a>')
assert content.contains('<a href="s1-l1.xhtml#s1-l1">preface</a>')
assert content.contains('<a href="#s3-l1_max_level-1">the other one</a>')
assert content =~ /<img src="\.\.\/images\/[0-9a-f]{16}\.png" alt="The filling flow" \/>/

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Reading order from mdBook src/SUMMARY.md: 6 lessons in 4 sections')
assert log.contains("[WARNING] src/SUMMARY.md:10: 'Whistling' is a draft chapter (no file in its link), so the guide leaves it out")

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
