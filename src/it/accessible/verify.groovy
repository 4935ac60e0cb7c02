import io.github.studyguide.GuideInspector

// pdfUA and pdfA together: veraPDF, the PDF Association's validator, finds no broken rule in the guide or a handout.
def guide = new File(basedir, 'target/studyguide/accessible-1.0.pdf')
def handout = new File(basedir, 'target/studyguide/accessible-1.0-section-2.pdf')
[guide, handout].each { pdf ->
    assert GuideInspector.veraPdf(pdf, 'ua1') == [] : "PDF/UA-1 of ${pdf.name}"
    assert GuideInspector.veraPdf(pdf, '2u') == [] : "PDF/A-2u of ${pdf.name}"
    assert GuideInspector.pdfFontsNotEmbedded(pdf) == []
}
// The 2-up sheets are for printing: archival like the guide, but untagged and claiming no PDF/UA.
def sheets = new File(basedir, 'target/studyguide/accessible-1.0-2up.pdf')
assert GuideInspector.veraPdf(sheets, '2u') == []
assert GuideInspector.pdfFontsNotEmbedded(sheets) == []
assert GuideInspector.pdfPageSizes(sheets).unique() == ['792 x 612']
org.apache.pdfbox.Loader.loadPDF(sheets).withCloseable { document ->
    assert document.documentCatalog.structureTreeRoot == null
    assert !new String(document.documentCatalog.metadata.toByteArray(), 'UTF-8').contains('pdfuaid:part')
    assert document.documentCatalog.language == 'en'
}
// Still the same guide: links between lessons, images and bookmarks.
def pages = GuideInspector.pdfPages(guide)
def firstLesson = pages.findIndexOf { it.contains('The second lesson follows') } + 1
def secondLesson = pages.findIndexOf { it.contains('First page of the second lesson') } + 1
assert GuideInspector.pdfInternalLinks(guide).contains("${firstLesson}->${secondLesson}".toString())
assert GuideInspector.pdfImagesPerPage(guide)[firstLesson - 1] == 1
assert GuideInspector.pdfBookmarks(guide)[0] == 'Section 2'
return true
