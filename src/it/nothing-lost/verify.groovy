import java.security.MessageDigest

def sha(File f) { MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

// The failed build left the guides of the good build byte for byte: they equal a fresh build of the same lessons.
['pdf', 'epub'].each { ext ->
    def kept = new File(basedir, "target/studyguide/nothing-lost-1.0.${ext}")
    def fresh = new File(basedir, "fresh/nothing-lost-1.0.${ext}")
    assert kept.isFile() : "the failed build removed ${kept}"
    assert sha(kept) == sha(fresh)
}
def leftovers = new File(basedir, 'target/studyguide').listFiles().findAll { it.name.endsWith('.part') }
assert leftovers.isEmpty() : "temporary files left: ${leftovers}"
// Nothing was written outside the output folders, and the lessons are untouched.
assert new File(basedir, 'src/main/lessons').list().sort() == ['draft.broken', 'first.md', 'second.md']
return true
