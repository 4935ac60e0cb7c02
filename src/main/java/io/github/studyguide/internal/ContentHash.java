package io.github.studyguide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash that keys caches and fingerprints builds: MurmurHash3, x64 variant, 128 bits, fed in any number of
 * pieces. Its hex form equals Guava's {@code Hashing.murmur3_128().hashBytes(bytes).toString()}.
 *
 * <p>Not a cryptographic hash, on purpose. It tells content that changed from content that did not, in files the
 * user owns; nobody gains by forging a collision, and 128 bits make an accidental one among millions of entries
 * vanishingly unlikely (maven-build-cache-extension keys its cache with a 64-bit xxHash). SHA-256 did this job
 * before and was slow: the JIT's C1 compiler, which README recommends, has no SHA intrinsic
 * (docs/performance-history.md has what it cost).
 *
 * <p>Not thread-safe; one instance hashes one thing.
 */
public final class ContentHash {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final int BLOCK = 16;

    private final byte[] pending = new byte[BLOCK];
    private int pendingLength;
    private long length;
    private long h1;
    private long h2;

    /** The hash of the strings, each framed by {@link #add(String)}, in hex. */
    public static String of(List<String> parts) {
        ContentHash hash = new ContentHash();
        parts.forEach(hash::add);
        return hash.hex();
    }

    /** The hash of a file's bytes, in hex. */
    public static String of(Path file) throws IOException {
        ContentHash hash = new ContentHash();
        // Small: a lesson is a few KB, and a 64 KB buffer for each of 2,000 files made hashing them twice as slow
        // (128 MB allocated outside the thread's allocation buffer and collected).
        byte[] buffer = new byte[8 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                hash.add(buffer, 0, read);
            }
        }
        return hash.hex();
    }

    /** Adds a string, framed by its length, so that no two different lists of strings hash the same. */
    public ContentHash add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] frame = (bytes.length + ":").getBytes(StandardCharsets.US_ASCII);
        add(frame, 0, frame.length);
        return add(bytes, 0, bytes.length);
    }

    /** Adds bytes as they are. */
    public ContentHash add(byte[] bytes, int offset, int count) {
        length += count;
        int at = offset;
        int end = offset + count;
        if (pendingLength > 0) {
            int take = Math.min(BLOCK - pendingLength, count);
            System.arraycopy(bytes, at, pending, pendingLength, take);
            pendingLength += take;
            at += take;
            if (pendingLength < BLOCK) {
                return this;
            }
            mix((long) LONG.get(pending, 0), (long) LONG.get(pending, 8));
            pendingLength = 0;
        }
        for (; at + BLOCK <= end; at += BLOCK) {
            mix((long) LONG.get(bytes, at), (long) LONG.get(bytes, at + 8));
        }
        System.arraycopy(bytes, at, pending, 0, end - at);
        pendingLength = end - at;
        return this;
    }

    /** The hash of everything added, in hex; the hash takes no more after this. */
    public String hex() {
        long k1 = 0;
        long k2 = 0;
        for (int i = pendingLength - 1; i >= 8; i--) {
            k2 = (k2 << 8) | (pending[i] & 0xffL);
        }
        for (int i = Math.min(pendingLength, 8) - 1; i >= 0; i--) {
            k1 = (k1 << 8) | (pending[i] & 0xffL);
        }
        if (pendingLength > 8) {
            h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        }
        if (pendingLength > 0) {
            h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = finalMix(h1);
        h2 = finalMix(h2);
        h1 += h2;
        h2 += h1;
        byte[] digest = new byte[BLOCK];
        LONG.set(digest, 0, h1);
        LONG.set(digest, 8, h2);
        return HexFormat.of().formatHex(digest);
    }

    private void mix(long k1, long k2) {
        h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long finalMix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
