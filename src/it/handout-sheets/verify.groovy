import io.github.studyguide.GuideInspector

def out = new File(basedir, 'target/studyguide')
def slides = new File(out, 'handout-sheets-1.0.pdf')
def compact = new File(out, 'compact.pdf')
def fourUp = new File(out, 'handout-sheets-1.0-4up.pdf')
def twoUp = new File(out, 'compact-2up.pdf')

// The body's text without the running header (first line) and page number (last line) of each page.
def bodyText = { File pdf ->
    def pages = GuideInspector.pdfPages(pdf)
    def first = GuideInspector.pdfPageLabels(pdf).indexOf('1')
    pages.drop(first).collect { page ->
        def lines = page.readLines().findAll { !it.isBlank() }
        lines.subList(1, lines.size() - 1).join('\n')
    }.join('\n').replaceAll(/\s+/, ' ')
}

// compact ignores the page breaks, inside lists and out, and keeps every word in its order.
def slidePages = GuideInspector.pdfPages(slides)
def compactPages = GuideInspector.pdfPages(compact)
assert compactPages.size() < slidePages.size() - 8 : "${compactPages.size()} compact pages, ${slidePages.size()} slides"
assert bodyText(compact) == bodyText(slides)
assert bodyText(compact).contains('Undo it: push the loops towards each other. Never use it to join ropes')
// Lessons and sections still start on a page of their own.
['1.1 Knots Every Sailor Ties', '1.2 Splicing Rope', '2.1 Reading the Weather', '2.2 Tides and Currents'].each { title ->
    assert compactPages.count { it.readLines()[1] == title } == 1 : title
}
assert GuideInspector.pdfBookmarks(compact) == GuideInspector.pdfBookmarks(slides)
// The EPUB is the same either way.
assert GuideInspector.epubText(new File(out, 'compact.epub')) == GuideInspector.epubText(new File(out, 'handout-sheets-1.0.epub'))

[[slides, fourUp, 4, '595 x 842'], [compact, twoUp, 2, '842 x 595']].each { guide, sheets, n, size ->
    def pages = GuideInspector.pdfPagesInDrawingOrder(guide)
    def sheetPages = GuideInspector.pdfPagesInDrawingOrder(sheets)
    assert sheetPages.size() == Math.ceil(pages.size() / n) : "${sheets.name}: ${sheetPages.size()} sheets"
    assert GuideInspector.pdfPageSizes(sheets).unique() == [size]
    // Each sheet reads as its pages one after the other, then its own number.
    def squeeze = { String text -> text.replaceAll(/\s+/, '') }
    sheetPages.eachWithIndex { sheet, i ->
        def lines = sheet.readLines().findAll { !it.isBlank() }
        assert lines.last() == "${i + 1}".toString()
        assert squeeze(lines.dropRight(1).join('')) == squeeze(pages.subList(i * n, Math.min(pages.size(), (i + 1) * n)).join(''))
    }
    // Bookmarks and links lead to the sheet their page is on.
    def onSheet = { int page -> (page - 1).intdiv(n) + 1 }
    assert GuideInspector.pdfBookmarks(sheets) == GuideInspector.pdfBookmarks(guide)
    assert GuideInspector.pdfBookmarkPages(sheets) == GuideInspector.pdfBookmarkPages(guide).collect { onSheet(it) }
    def links = GuideInspector.pdfInternalLinks(guide)
    assert links.size() >= 8
    assert GuideInspector.pdfInternalLinks(sheets) == links.collect {
        def (from, to) = it.split('->')*.toInteger()
        "${onSheet(from)}->${onSheet(to)}".toString()
    }
    // The fonts are embedded once, not once a page: the guide's, and DejaVu Sans for the sheets' numbers.
    assert GuideInspector.pdfEmbeddedFontFiles(sheets) == (GuideInspector.pdfEmbeddedFontFiles(guide) + 'DejaVuSans').sort()
    assert GuideInspector.pdfFontsNotEmbedded(sheets) == []
    assert sheets.length() < 2 * guide.length()
    def qpdf = GuideInspector.qpdfProblems(sheets)
    assert qpdf == null || qpdf == [] : qpdf
}

// Only the execution that attaches publishes its sheets.
def repo = new File(localRepositoryPath, 'io/github/studyguide/it/handout-sheets/1.0')
assert new File(repo, 'handout-sheets-1.0-study-guide-4up.pdf').isFile()
assert !new File(repo, 'handout-sheets-1.0-study-guide-2up.pdf').exists()
return true
