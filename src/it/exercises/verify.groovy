import io.github.studyguide.GuideInspector

// Exercises in each form (challenge and practice divs, Exercise and Challenge headings, <details> solutions), key
// points, objectives, instructor notes and a quiz, built into the student's guides, the instructor's edition and
// the flashcards, twice.
def dir = new File(basedir, 'target/studyguide')
def pdf = new File(dir, 'exercises-1.0.pdf')
def instructor = new File(dir, 'exercises-1.0-instructor.pdf')
def epub = new File(dir, 'exercises-1.0.epub')
def deck = new File(dir, 'exercises-1.0-flashcards.txt')
def student = GuideInspector.pdfPages(pdf).join('\n')
def teacher = GuideInspector.pdfPages(instructor).join('\n')
def at = { String text, String what -> int i = text.indexOf(what); assert i >= 0 : "${what} missing"; i }

// The student's guide: each exercise numbered per lesson where it stands, its solution only in the section's
// answer key, after every exercise of the section; hints stay; instructor notes never show.
def exercises = ['Exercise 1.1.1: Hidden files', 'Exercise 1.1.2', 'Exercise 1.2.1: Make a folder',
                 'Exercise 1.2.2: Remove it']
def places = exercises.collect { at(student, it) }
assert places == places.sort(false)
assert at(student, 'Hint alpha') < at(student, 'Exercise 1.1.2')
def key1 = student.indexOf('Answer Key', places.last())
assert key1 > places.last() && key1 < at(student, 'Section 2: Scripts\n2.1') : 'the key closes section 1'
['Solution alpha', 'Solution beta', 'Solution gamma'].each {
    assert student.indexOf(it) == student.lastIndexOf(it) && at(student, it) > key1 : "${it} only in the key"
}
def key2 = student.indexOf('Answer Key', at(student, 'Exercise 2.1.1'))
assert at(student, 'Solution delta') > key2 && at(student, 'Solution delta') > at(student, 'Question 1: What runs')
assert !(student =~ /Instructor note|Instructor Note/)
assert at(student, 'Questions') < at(student, 'Listing shows what a folder holds') : 'the opening comes first'
assert at(student, 'Objectives') < at(student, 'Listing shows what a folder holds')

// The instructor's edition: every solution and quiz answer inline, the notes in their box, no answer key.
assert at(teacher, 'Instructor Edition') < at(teacher, 'Contents')
assert at(teacher, 'Solution alpha') < at(teacher, 'Exercise 1.1.2')
assert at(teacher, 'Solution beta') < at(teacher, 'Exercise 1.2.2') && at(teacher, 'Solution gamma') < at(teacher, 'Point three')
assert at(teacher, 'Instructor note alpha') < at(teacher, 'Exercise 1.1.2')
assert at(teacher, 'Instructor note beta') > at(teacher, 'Solution delta')
assert at(teacher, 'Explanation two') < at(teacher, 'Exam Tips\nExam Tips')
assert !teacher.contains('Answer Key') && !teacher.contains('Solution \u2192')

// The Key Points appendix lists every point in reading order, grouped by lesson; it, the keys and each lesson's
// opening boxes (questions, objectives) are in the bookmarks, the EPUB's navigation and the contents.
def outline = ['Section 1: Files', '  1.1 Listing Files', '    Questions', '    Objectives', '  1.2 Making Folders', '    Objectives',
               '  Answer Key',
               'Section 2: Scripts', '  2.1 First Scripts', '  2.2 Quiz: Script Check', '  Answer Key',
               'Exam Tips', 'Key Points']
assert GuideInspector.pdfBookmarks(pdf) == outline
assert GuideInspector.epubToc(epub) == ['Exercises Course'] + outline
def contentsPage = student.substring(0, student.indexOf('Section 1: Files', student.indexOf('Section 1: Files') + 1))
assert contentsPage.find(/1\.1 Listing Files[ .]*\d+\s+Questions[ .]*\d+\s+Objectives[ .]*\d+/) : contentsPage
def appendix = student.substring(student.lastIndexOf('Key Points\nSection 1'))
def points = (1..5).collect { appendix.indexOf(['one', 'two', 'three', 'four', 'five'][it - 1].with { "Point ${it}:" }) }
assert points.every { it >= 0 } && points == points.sort(false) : points
assert GuideInspector.epubCheck(epub) == []
def content = GuideInspector.epubText(epub)
assert content.contains('<a href="s1-answers.xhtml#key-s1-l1_ex.1">')
assert content.contains('<a href="s1-l1.xhtml#s1-l1_ex.1">Exercise 1.1.1</a>: Hidden files')
assert !content.contains('Instructor note')

// The flashcards: Anki's header, one card per quiz question, solved exercise, exam tip and key point, tags naming
// section and lesson, the same GUIDs (and bytes) on the second build.
assert GuideInspector.ankiHeaders(deck) == ['#separator:tab', '#html:true', '#notetype:Basic',
                                            '#deck:Exercises Course', '#guid column:1', '#tags column:4']
def cards = GuideInspector.ankiCards(deck)
assert cards.every { it.size() == 4 } : cards
assert cards.size() == 1 + 4 + 1 + 5 : cards.collect { it[1] }
assert cards.collect { it[0] }.unique().size() == cards.size()
def backs = cards.collect { it[2] }
['Solution alpha', 'Solution beta', 'Solution gamma', 'Solution delta', 'Tip one', 'Point one', 'Point five',
 'Explanation two'].each { word -> assert backs.count { it.contains(word) } == 1 : word }
def quizCard = cards.find { it[1].contains('What runs a script?') }
assert quizCard[1].contains('B) <code>bash script.sh</code>') && !quizCard[1].contains('Explanation')
assert quizCard[2].startsWith('<div><b>B</b></div>')
assert cards.find { it[2].contains('Point five') }[3] == 'Section_2_Scripts Section_2_Scripts::2.1_First_Scripts'
def again = GuideInspector.ankiCards(new File(basedir, 'second/exercises-1.0-flashcards.txt'))
assert again.collect { it[0] } == cards.collect { it[0] }
assert new File(basedir, 'second/exercises-1.0-flashcards.txt').bytes == deck.bytes

def log = new File(basedir, 'build.log').text
assert !log.contains('[WARNING] files/') && !log.contains('[WARNING] scripts/') : 'each form is well-formed'
return true
