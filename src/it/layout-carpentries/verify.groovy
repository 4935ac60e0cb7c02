import io.github.studyguide.GuideInspector

// A Carpentries Workbench lesson without front matter numbers: config.yaml orders it.
def pdf = new File(basedir, 'target/studyguide/layout-carpentries-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/layout-carpentries-1.0.epub')
assert pdf.isFile() && epub.isFile()

// The episodes form one section titled with config.yaml's title (the pom has no name); learners: pages follow.
// config.yaml's lang (es; the pom sets no language) gives the guides' own words.
def order = ['Secci\u00f3n 1: Walking the File Tree', '  1.1 Where Am I?', '  1.2 Moving Around',
             'Secci\u00f3n 2: Recursos para el alumnado', '  2.1 Setup']
assert GuideInspector.pdfBookmarks(pdf) == order
assert GuideInspector.epubToc(epub) == ['Walking the File Tree'] + order
assert GuideInspector.epubCheck(epub) == []
assert GuideInspector.epubMetadata(epub).contains('dc:language=es')

// instructors:, profiles: and files config.yaml does not list are left out.
def text = GuideInspector.pdfPages(pdf).join('\n')
assert !text.contains('INSTRUCTOR-ONLY') && !text.contains('PROFILE TEXT') && !text.contains('REPOSITORY README')
assert text.contains('Walking the File Tree')

// Links between episodes and to headings resolve by pandoc's ids, as the Workbench makes them.
def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s1-l2.xhtml#s1-l2">moving around</a>')
assert content.contains('<a href="s1-l2.xhtml#s1-l2_flags_and-options">options with underscores</a>')
assert content.contains('id="s1-l2_flags_and-options"')
assert content.contains('<a href="#s1-l2_flags_and-options">same part</a>')
assert content =~ /<img src="\.\.\/images\/[0-9a-f]{16}\.png" alt="A small tree of folders" \/>/
// A learners' page sees the episodes' fig/ and links episodes by their .html page, as in the Workbench's site.
assert content =~ /<img src="\.\.\/images\/[0-9a-f]{16}\.png" alt="The tree again" \/>/
assert content.contains('<a href="s1-l1.xhtml#s1-l1">first episode</a>')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Reading order from The Carpentries Workbench config.yaml: 3 lessons in 2 sections')
assert log.contains('instructors/instructor-notes.md (an instructors: page; the student guide leaves them out)')
assert !log.contains('[WARNING]') : 'a clean lesson gives no warning'

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
