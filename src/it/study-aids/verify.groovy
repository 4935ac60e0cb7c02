import io.github.studyguide.GuideInspector

// Exam tips, a hands-on guide and two quizzes, built into both guides with the default settings.
def pdf = new File(basedir, 'target/studyguide/study-aids-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/study-aids-1.0.epub')
def pages = GuideInspector.pdfPages(pdf)
def pageOf = { String text -> pages.findIndexOf { it.contains(text) } }
def links = GuideInspector.pdfInternalLinks(pdf)
def linked = { int from, int to -> links.contains("${from + 1}->${to + 1}".toString()) }

def outline = ['Section 1: Containers', '  1.1 Container Basics', '  1.2 Hands-On: Run Your First Container',
               '  1.3 Quiz: Container Check', '  Answer Key',
               'Section 2: Registries', '  2.1 Registries', '  2.2 Quiz: Registry Review', '  Answer Key',
               'Exam Tips']
assert GuideInspector.pdfBookmarks(pdf) == outline
assert GuideInspector.epubToc(epub) == ['Study Aids Course'] + outline
assert GuideInspector.epubCheck(epub) == []

// A quiz prints its questions and lettered options, without answers or explanations.
def quiz = pageOf('What does an image hold?')
def review = pageOf('Where are images pushed?')
[quiz, review].each {
    assert it > 0
    assert !(pages[it] =~ /Correct:|Incorrect:|Right because|Wrong because/) : pages[it]
}
assert pages[quiz].contains('B) A read-only template') && pages[quiz].contains('C) docker start')

// Each section's answer key follows its last lesson, gives the right letters, and links back to the questions.
def key1 = pages.findIndexOf { it.contains('Answer Key') && it.contains('Right because images are templates') }
def key2 = pages.findIndexOf { it.contains('Answer Key') && it.contains('Right because registries store images') }
assert key1 == quiz + 1 : "answer key of section 1 on page ${key1 + 1}, quiz on ${quiz + 1}"
assert key1 < pageOf('A registry stores images') : 'the answer key closes section 1'
assert key2 == review + 1
assert pages[key1].contains('Question 1: B') && pages[key1].contains('Question 2: A, C')
assert pages[key2].contains('Question 1: C')
assert linked(key1, quiz) && linked(key2, review) : links

// The cram sheet lists every tip in reading order, and each lesson in it links back to the lesson.
def cram = GuideInspector.pdfBookmarkPages(pdf).last() - 1
def cramText = pages.drop(cram).join('\n')
def tips = ['Tip one', 'Tip two', 'Tip three', 'Tip four'].collect { cramText.indexOf(it) }
assert tips.every { it >= 0 } && tips == tips.sort(false) : "tips in the cram sheet at ${tips}"
assert !cramText.contains('Containers start in seconds') : 'only tips go to the cram sheet'
assert linked(cram, pageOf('A container packs a program')) && linked(cram, pageOf('Pull the image')) : links
assert linked(cram, pageOf('A registry stores images')) : links

// The same in the EPUB: answers and tips link to their content documents.
def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s1-l3.xhtml#s1-l3_q.2">Question 2</a>: <strong class="answer-letters">A, C</strong>')
assert content.contains('<a href="s2-l2.xhtml#s2-l2_q.1">Question 1</a>: <strong class="answer-letters">C</strong>')
assert content.contains('<a href="s1-l2.xhtml#s1-l2">1.2 Hands-On: Run Your First Container</a>')
assert content.contains('<ul class="steps">')

def log = new File(basedir, 'build.log').text
assert !log.contains('[WARNING]') : 'a well-formed quiz gives no warning'

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
return true
