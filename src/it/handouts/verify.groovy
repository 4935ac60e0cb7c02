import io.github.studyguide.GuideInspector

// One handout per section, installed with classifier handout-section-<n> beside the guides.
def repo = new File(localRepositoryPath, 'io/github/studyguide/it/handouts/1.0')
['study-guide.pdf', 'study-guide.epub', 'handout-section-2.pdf', 'handout-section-10.pdf'].each {
    assert new File(repo, "handouts-1.0-${it}").isFile() : "not installed: ${it}"
}
def two = new File(basedir, 'target/studyguide/handouts-1.0-section-2.pdf')
def ten = new File(basedir, 'target/studyguide/handouts-1.0-section-10.pdf')
def twoText = GuideInspector.pdfPages(two).join('\n')
assert twoText.contains('First Lesson of Two') && twoText.contains('Second Lesson of Two')
assert !twoText.contains('Tenth Section Opener')
def tenPages = GuideInspector.pdfPages(ten)
assert tenPages[0].startsWith('Section 10: Late')
assert tenPages.join('\n').contains('Tenth Section Opener')
assert GuideInspector.pdfPageLabels(ten) == ['i', '1', '2']

// Tagged by default (pdfUA), handouts too: veraPDF finds no broken PDF/UA-1 rule.
[two, ten].each { assert GuideInspector.veraPdf(it, 'ua1') == [] : "${it.name}: ${GuideInspector.veraPdf(it, 'ua1')}" }
return true
