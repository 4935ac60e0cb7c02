def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] one.md:8: link gone.md points to no lesson of this guide; check the file name')
assert log.contains('[WARNING] one.md:10: image images/missing.png does not exist')
assert log.contains('[WARNING] one.md:12: <!-- pagewidth --> is not a directive and is dropped; did you mean <!-- pagebreak -->?')
// A formula that does not parse is found without rendering anything.
assert log.contains('[WARNING] one.md:14: the formula $\\lambda = \\ratio{x}{y}}$ does not parse (')
assert log.contains('[WARNING] Skipped 1 Markdown file without front matter (they are not lessons): NOTES.md')
assert !log.contains('two.md#setup')
assert log.contains('Checked 2 lessons in 1 section: 5 warnings')
assert !new File(basedir, 'target/studyguide').exists() : 'check writes nothing'
return true
