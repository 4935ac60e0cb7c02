import io.github.studyguide.GuideInspector

// Formulas reach both guides as drawings, never as LaTeX source; prices stay prose; a formula that does not parse
// shows its source and is reported with its file and line.
def pdf = new File(basedir, 'target/studyguide/math-1.0.pdf')
def epub = new File(basedir, 'target/studyguide/math-1.0.epub')
def text = GuideInspector.pdfPages(pdf).join('\n')
assert !text.contains('$$')
assert !text.contains('\\sum')
assert !text.contains('\\frac')
assert !text.contains('\\begin{pmatrix}')
assert text.contains('A ticket costs $5, or $10 with tax, and the prize is $100: none of that is math.')
assert text.contains('prints as its source: \\mathbf{x} = \\undefinedmacro{y}.')
// Code keeps its dollar signs.
assert text.contains('echo "$PATH and $HOME" $5')

def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] 01-probability/02-fences.md:13: the formula \$\\mathbf{x} = \\undefinedmacro{y}\$ does not parse (Unknown symbol or command or predefined TeXFormula: 'undefinedmacro'); correct its LaTeX, or write \\\$ for a dollar sign that is not math; the guides show its source as code")
assert log.count('does not parse') == 1

// pdfUA: each formula is a Formula element whose alternative text is its LaTeX source, and veraPDF passes.
def formulas = GuideInspector.pdfStructureAlts(pdf, 'Formula')
assert formulas == ['p_i = \\frac{1}{6}', 'E[X] = \\sum_i x_i p_i',
        'E[X] = \\sum_{i=1}^{6} i \\cdot \\frac{1}{6} = \\frac{21}{6}', '\\operatorname{Var}(X) = E[X^2] - E[X]^2',
        'A = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}, \\qquad \\det A = -2'] : formulas
assert GuideInspector.pdfStructureAlts(pdf, 'Figure') == []
assert GuideInspector.veraPdf(pdf, 'ua1') == []
// The glyphs are outlines: the only fonts are the guide's own, all embedded.
assert GuideInspector.pdfFontsNotEmbedded(pdf) == []
assert GuideInspector.pdfEmbeddedFontFiles(pdf).every { it.startsWith('DejaVu') } : GuideInspector.pdfEmbeddedFontFiles(pdf)

// The EPUB: each drawing an SVG image of the book with the source as alt text, and EPUBCheck finds nothing.
assert GuideInspector.epubCheck(epub) == []
def xhtml = GuideInspector.epubText(epub)
assert !xhtml.contains('math-tex')
assert xhtml.contains('alt="E[X] = \\sum_i x_i p_i"')
assert xhtml.contains('<code class="math-source inline">\\mathbf{x} = \\undefinedmacro{y}</code>')
def images = new java.util.zip.ZipFile(epub).withCloseable { zip -> zip.entries().toList()*.name.findAll { it.endsWith('.svg') } }
assert images.size() == 5 : images
return true
