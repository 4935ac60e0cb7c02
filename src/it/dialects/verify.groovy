import io.github.studyguide.GuideInspector

// Every dialect's construct prints as what it means, never as its marker, in both guides, with math inside them.
def pdf = new File(basedir, 'target/studyguide/dialects-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/dialects-1.0.epub')
def text = GuideInspector.pdfPages(pdf).join('\n')
['[!NOTE]', '[!tip]', '[!IMPORTANT]', '[!WARNING]', '[!CAUTION]', '!!!', '???', ':::', '{alt=', '{.', '{#', 'width=',
 '[bracketed span]'].each { marker ->
    assert !text.contains(marker) : "raw marker ${marker} in the PDF"
}
['Note', 'Tip', 'Important', 'Warning', 'Caution', 'Admonition With A Title', 'Reminder', 'Fenced Div Title',
 'Carpentries Style Heading', 'Caption from the brackets'].each { title ->
    assert text.contains(title) : "call-out or caption title ${title} missing from the PDF"
}
// Near misses stay text, and nothing is lost: the unknown alert, the unknown div class, spans, terms.
['[!FOO]', 'An unknown kind stays a quote', 'A class that no study aid knows yet', 'bracketed span', 'Term one',
 'Its definition.', 'print("attributes name the language")'].each { kept ->
    assert text.contains(kept) : "${kept} missing from the PDF"
}
// Math inside call-outs, fenced divs, admonitions and definitions: drawn, never printed as LaTeX, and tagged as
// formulas with their source as alternative text; a price in prose stays prose.
['$$', '\\sum', '\\frac', '\\pi'].each { source ->
    assert !text.contains(source) : "LaTeX ${source} printed in the PDF"
}
assert text.contains('A lunch costs $7, or $9 with a drink.')
['Every construct together', 'Units', 'Mean'].each { assert text.contains(it) }
def formulas = GuideInspector.pdfStructureAlts(pdf, 'Formula')
assert formulas.containsAll(['A = \\pi r^2', '\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}', 'v = \\frac{d}{t}']) : formulas
def epubText = GuideInspector.epubText(epub)
assert !epubText.contains(':::') && !epubText.contains('{alt=') && !epubText.contains('[!NOTE]')
assert epubText.contains('Fenced Div Title')
assert GuideInspector.epubCheck(epub) == []
// The figure whose description is only in its alt attribute is what veraPDF's rule 7.3 checks.
assert GuideInspector.veraPdf(pdf, 'ua1') == []

// The build says where the near miss is.
def log = new File(basedir, 'build.log').text
assert log.contains('writing/01-callouts.md:23: [!FOO] is not a GitHub alert') : 'warning for [!FOO] with its line'
assert !log.contains('never closed')
return true
