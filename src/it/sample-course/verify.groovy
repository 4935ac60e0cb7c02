import io.github.studyguide.GuideInspector

// The sample course's own exam tips, read from its lessons in reading order (section, then lesson, then order):
// list items that open with a bold "Exam Tip", and the items under an "Exam Tips" heading.
def lessons = new File(basedir, '../../../examples/sample-course/src/main/lessons')
def number = { String text, String key -> ((text =~ /(?m)^${key}:\s*'?(?:Section-)?(\d+)/)[0][1]) as int }
def ordered = []
lessons.eachFileRecurse { file ->
    if (file.name.endsWith('.md') && file.text.contains('\nlesson:')) {
        def order = (file.text =~ /(?m)^order:\s*(\d+)/) ? ((file.text =~ /(?m)^order:\s*(\d+)/)[0][1] as int) : 0
        ordered << [number(file.text, 'section'), number(file.text, 'lesson'), order, file]
    }
}
ordered.sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] ?: a[2] <=> b[2] }
def plain = { String markdown -> markdown.replaceAll(/[`*]/, '').replaceAll(/\s+/, '') }
def tips = []
ordered.each { entry ->
    def underHeading = false
    entry[3].readLines().each { line ->
        if (line ==~ /#+\s+Exam Tips?:?\s*/) { underHeading = true; return }
        if (line.startsWith('#')) { underHeading = false }
        def tip = (line =~ /^- \*\*Exam Tips?:?\*\*:?\s*(.+)/)
        if (tip) { tips << plain(tip[0][1]).take(25) }
        else if (underHeading && line.startsWith('- ')) { tips << plain(line.substring(2)).take(25) }
    }
}
assert tips.size() >= 6 : "the sample course has tips of both kinds: ${tips}"

def pdf = new File(basedir, 'target/studyguide/sample-course-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/sample-course-1.0.epub')
def pages = GuideInspector.pdfPages(pdf)
def bookmarks = GuideInspector.pdfBookmarks(pdf)
def targets = GuideInspector.pdfBookmarkPages(pdf)

// The cram sheet, the part before the Key Points, lists every tip in reading order...
assert bookmarks.takeRight(2) == ['Exam Tips', 'Key Points']
def cramStart = targets[-2] - 1
def cram = plain(pages.drop(cramStart).join(''))
def found = tips.collect { cram.indexOf(it) }
assert found.every { it >= 0 } : "tips missing from the cram sheet: ${[tips, found].transpose().findAll { it[1] < 0 }}"
assert found == found.sort(false) : 'tips out of reading order'
// ...and each lesson named in it links back to the page where the lesson starts.
def lessonPages = (0..<bookmarks.size()).findAll { bookmarks[it].startsWith('  ') }.collect { targets[it] }
def backLinks = GuideInspector.pdfInternalLinks(pdf).collect { it.split('->')*.toInteger() }
        .findAll { it[0] > cramStart && it[0] < targets.last() && lessonPages.contains(it[1]) }
assert backLinks.size() == ordered.count { it[3].text =~ /Exam Tip/ } : backLinks

// The quiz prints without answers; the answer key follows the section with the right letters.
def quiz = pages.findIndexOf { it.contains('Which command prints the folder') }
assert !(pages[quiz] =~ /Correct:|Incorrect:/)
def key = pages.findIndexOf { it.contains('Answer Key') && it.contains('Question 1: B') }
assert key == quiz + 1
assert pages[key].contains('Question 2: A') && pages[key].contains('Question 3: A, C')
assert bookmarks.indexOf('  Answer Key') == bookmarks.indexOf('Section 10: Scripting') - 1

// The permissions lesson's formulas are drawings, not LaTeX; its prose around them is text.
def permissions = pages.find { it.contains('the three digits together are one number in base eight') }
assert permissions != null && !permissions.contains('\\cdot') && !permissions.contains('$$')

assert GuideInspector.epubCheck(epub) == []
assert GuideInspector.epubToc(epub).contains('Exam Tips')
assert GuideInspector.epubText(epub).contains('alt="750_8 = 7 \\cdot 8^2 + 5 \\cdot 8^1 + 0 \\cdot 8^0 = 488"')

// EPUB 3 with accessibility metadata that matches the content: the sample's two images (PNG, SVG) both have alt text.
def metadata = GuideInspector.epubMetadata(epub)
assert metadata.containsAll(['dcterms:modified=2026-01-15T09:00:00Z', 'schema:accessMode=textual', 'schema:accessMode=visual',
        'schema:accessModeSufficient=textual', 'schema:accessibilityFeature=alternativeText',
        'schema:accessibilityFeature=tableOfContents', 'schema:accessibilityHazard=none']) : metadata
assert !metadata.any { it.startsWith('dcterms:conformsTo') } : 'no conformance is claimed unless the user claims it'
assert GuideInspector.epubNav(epub, 'toc') == GuideInspector.epubToc(epub)
def landmarks = GuideInspector.epubNav(epub, 'landmarks')
assert landmarks.take(3) == ['titlepage Title Page -> text/title.xhtml', 'toc Contents -> nav.xhtml#toc',
        'bodymatter Start -> text/s1.xhtml'] : landmarks
assert landmarks.contains('appendix Answer Key: Section 2: Files -> text/s2-answers.xhtml') : landmarks
assert landmarks.takeRight(2) == ['appendix Exam Tips -> text/exam-tips.xhtml',
        'appendix Key Points -> text/key-points.xhtml'] : landmarks

// The sample shows the study aids of the second round: an exercise's solution in the section's answer key, an
// objectives box opening the lesson, the Key Points appendix, and no instructor note in the student's guide.
def text = pages.join('\n')
assert text.indexOf('Exercise 2.1.1: Find your way back') < text.indexOf('You are in /home/ana: each')
assert text.indexOf('Objectives') < text.indexOf('The file system is a tree')
assert !text.contains('Draw the tree on the board')
assert pages.drop(targets.last() - 1).join('').contains('A script is a text file of commands that Bash runs in order.')

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
