import io.github.studyguide.GuideInspector

def pdf = new File(basedir, 'target/studyguide/basic-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/basic-1.0.epub')
assert pdf.isFile()
assert epub.isFile()

def order = ['First Lesson of Two', 'Hands-On: Lab After the First Lesson', 'Second Lesson of Two', 'Tenth Section Opener']

// Lesson titles in reading order in the PDF text, after the title page and the contents.
def pages = GuideInspector.pdfPages(pdf)
def body = pages.drop(2).join('\n')
def positions = order.collect { body.indexOf(it) }
assert positions.every { it >= 0 } : "missing titles: ${order} at ${positions}"
assert positions == positions.sort(false) : "titles out of order: ${positions}"

// Page breaks produce pages.
def first = pages.findIndexOf { it.contains('First page of the second lesson') }
assert !pages[first].contains('Second page of the second lesson')
assert pages[first + 1].contains('Second page of the second lesson')
def beforeItem = pages.findIndexOf { it.contains('A list item before a break') }
assert pages[beforeItem + 1].contains('A list item after a break')

// Bookmarks: section, then its lessons.
def numbered = ['2.1 ' + order[0], '2.1 ' + order[1], '2.2 ' + order[2], '10.1 ' + order[3]]
assert GuideInspector.pdfBookmarks(pdf) == ['Section 2', '  ' + numbered[0], '  ' + numbered[1], '  ' + numbered[2],
                                           'Section 10: Late', '  ' + numbered[3]]

// EPUB: nested table of contents in the same order, and W3C EPUBCheck finds nothing.
assert GuideInspector.epubToc(epub) == ['Basic Course', 'Section 2', '  ' + numbered[0], '  ' + numbered[1], '  ' + numbered[2],
                                      'Section 10: Late', '  ' + numbered[3]]
assert GuideInspector.epubCheck(epub) == []

// Links between lessons and a root-relative image work in both guides.
def links = GuideInspector.pdfInternalLinks(pdf)
def firstLesson = pages.findIndexOf { it.contains('The second lesson follows') } + 1
def secondLesson = pages.findIndexOf { it.contains('First page of the second lesson') } + 1
def tenth = pages.findIndexOf { it.contains('Section ten comes after section two') } + 1
assert links.contains("${firstLesson}->${secondLesson}".toString()) : links
assert links.contains("${firstLesson}->${tenth}".toString()) : links
assert GuideInspector.pdfImagesPerPage(pdf)[firstLesson - 1] == 1
def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s2-l2.xhtml#s2-l2">second lesson</a>')
assert content =~ /<img src="\.\.\/images\/[0-9a-f]{16}\.png" alt="A small diagram" \/>/

// Every font is embedded: the PDF prints the same on any machine.
assert GuideInspector.pdfFontsNotEmbedded(pdf) == []

// The contents give the page label where each lesson starts.
def labels = GuideInspector.pdfPageLabels(pdf)
numbered.each { title ->
    def entry = (pages[1] =~ /(?m)^\s*${java.util.regex.Pattern.quote(title)}[ .]*?(\d+)\s*$/)
    assert entry.find() : "no contents line for ${title} in\n${pages[1]}"
    def page = labels.indexOf(entry.group(1))
    assert pages[page].readLines().take(4).any { it.contains(title) } : "${title} is not on page ${entry.group(1)}"
}

// A code line far wider than the page wraps instead of being cut off: all of it is in the text.
def text = pages.join('').replaceAll(/\s+/, '')
assert text.contains('awsecsrun-task--clustertraining-cluster--task-definitionweb-frontend:42--launch-typeFARGATE'
        + '--network-configuration"awsvpcConfiguration={subnets=[subnet-0a1b2c3d],securityGroups=[sg-0f9e8d7c],'
        + 'assignPublicIp=ENABLED}"--count3--tagskey=course,value=containersEND-OF-LONG-LINE')

def log = new File(basedir, 'build.log').text
assert log.contains('Rendering 4 lessons in 2 sections')

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
