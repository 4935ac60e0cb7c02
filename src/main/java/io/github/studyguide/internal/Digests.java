package io.github.studyguide.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The standard digests that end up in the guides themselves: MD5 for the PDF's document id (as the PDF
 * specification suggests) and SHA-256 for the names of images in the EPUB. Caches and fingerprints use the faster
 * {@link ContentHash}.
 */
public final class Digests {

    private Digests() {
    }

    public static MessageDigest sha256() {
        return digest("SHA-256");
    }

    public static MessageDigest md5() {
        return digest("MD5");
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java runtime", e);
        }
    }
}
