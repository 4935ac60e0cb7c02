import java.security.MessageDigest

def sha(File f) { MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

['pdf', 'epub'].each { ext ->
    def first = new File(basedir, "target/studyguide/reproducible-1.0.${ext}")
    def second = new File(basedir, "second/reproducible-1.0.${ext}")
    assert first.isFile() && second.isFile()
    assert sha(first) == sha(second) : "${ext} differs between two builds"
}
return true
