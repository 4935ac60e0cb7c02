import io.github.studyguide.GuideInspector

import java.util.zip.ZipFile

// Seven languages in one guide whose language is Japanese, drawn with the fonts the pom adds to DejaVu.
def pdf = new File(basedir, 'target/studyguide/languages-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/languages-1.0.epub')
def pages = GuideInspector.pdfPages(pdf)
def text = pages.join('\n')

// Every sample sentence is drawn, none of its characters left to the # of a missing glyph.
def sentences = ['This guide mixes English with six other languages',
                 'これは日本語で書かれた短い文です。', '这是一个用简体中文写的句子。', '이것은 한국어로 쓴 문장입니다.']
sentences.each { assert text.contains(it) : "missing: ${it}\n${text}" }
// Arabic and Hebrew are drawn right to left, Arabic letters joined, so that PDFBox reads each sentence back in the
// order it was written (it reorders right-to-left lines and turns joined forms back into letters).
['هذه جملة مكتوبة باللغة العربية.', 'זהו משפט שנכתב בעברית.',
 'يحتوي هذا الدرس على 3 أمثلة عن Docker وعن الإصدار 2.0 أيضًا.'].each {
    assert text.contains(it) : "missing: ${it}\n${text}"
}
// The first words are on the right: ج (of the second word) stands right of غ (of the fourth), ז (of the first)
// right of כ (of the third); and the short sentences stand right of the page's middle, as right-aligned text does.
// Each letter is one the page has once.
def arabicPage = pages.findIndexOf { it.contains('هذه جملة') }
def hebrewPage = pages.findIndexOf { it.contains('זהו משפט') }
def arabicGlyphs = GuideInspector.pdfGlyphLefts(pdf, arabicPage)
def hebrewGlyphs = GuideInspector.pdfGlyphLefts(pdf, hebrewPage)
assert arabicGlyphs['ج'] > arabicGlyphs['غ'] && hebrewGlyphs['ז'] > hebrewGlyphs['כ'] : "${arabicGlyphs} ${hebrewGlyphs}"
assert arabicGlyphs['غ'] > 300 && hebrewGlyphs['כ'] > 300 : "${arabicGlyphs} ${hebrewGlyphs}"
// Latin and numbers inside the Arabic sentence keep their own order: D left of r, 2 left of 0.
assert arabicGlyphs['D'] < arabicGlyphs['r'] && arabicGlyphs['2'] < arabicGlyphs['0'] : arabicGlyphs
// Devanagari is shaped: a vowel sign drawn before its consonant and conjuncts come out of the text in visual order
// or not at all, so only the words without them are looked for.
['यह', 'गया एक'].each { assert text.contains(it) : "missing: ${it}\n${text}" }
assert !text.contains('#') : text

// Each of the author's fonts is embedded, once, and so is every font the pages use.
def embedded = GuideInspector.pdfEmbeddedFontFiles(pdf)
assert embedded.count('DroidSansFallback') == 1 && embedded.count('Lohit-Devanagari') == 1 : embedded
assert GuideInspector.pdfFontsNotEmbedded(pdf) == []

// The guide's own words are Japanese: the contents page, and the Spanish quiz's answer key.
def contents = pages.findIndexOf { it.contains('目次') }
assert contents == 1 : pages[0..2]
assert pages[0].contains('バージョン 1.0') && pages[0].contains('2025年6月1日') : pages[0]
def key = pages.findIndexOf { it.contains('問題 1: B') }
assert key > 0 && pages[key].contains('解答') && pages[key].contains('Porque las imágenes son plantillas.') : pages
assert !pages[pages.findIndexOf { it.contains('¿Qué guarda una imagen?') }].contains('Porque un proceso')
assert GuideInspector.pdfBookmarks(pdf).contains('  解答')
// The section heading and the quiz's kind are Japanese too; no English word of the plugin's is left.
assert text.contains('セクション 1: Languages') && text.contains('クイズ: Repaso') : text
assert !text.contains('Section 1') && !text.contains('Quiz:') : text

// The long Japanese paragraph and table cell wrap between characters, inside the margin.
def margins = GuideInspector.pdfTextRightMargins(pdf)
def japanese = pages.findIndexOf { it.contains('これは日本語で書かれた短い文です。') }
assert margins[japanese] > 40 : "right margin ${margins[japanese]} pt"
assert pages[japanese].readLines().findAll { it.contains('日本語の文章は') }.size() == 2 : 'the paragraph wraps'

// The EPUB declares the language, marks the right-to-left lessons, and passes EPUBCheck.
assert GuideInspector.epubCheck(epub) == []
new ZipFile(epub).withCloseable { zip ->
    def opf = zip.getInputStream(zip.getEntry('OEBPS/content.opf')).text
    assert opf.contains('<dc:language>ja</dc:language>')
    def arabic = zip.getInputStream(zip.getEntry('OEBPS/text/s1-l5.xhtml')).text
    // The lesson's section of the EPUB 3 content document carries the direction its front matter gives.
    assert arabic =~ /<section class="lesson" [^>]*dir="rtl">/ : arabic
}

// Tagged by default (pdfUA): veraPDF, the PDF Association's validator, finds no broken PDF/UA-1 rule.
assert GuideInspector.veraPdf(pdf, 'ua1') == [] : GuideInspector.veraPdf(pdf, 'ua1')
