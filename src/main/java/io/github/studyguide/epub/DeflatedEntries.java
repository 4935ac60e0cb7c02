package io.github.studyguide.epub;

import io.github.studyguide.internal.ContentHash;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The EPUB's entries deflated, kept from one EPUB written to a file to the next written there in the same JVM, by
 * their content: the watch goal writes the whole EPUB again after each edit, and deflating 2,000 unchanged content
 * documents again was most of that. A clean build deflates every entry with the same settings, so its bytes are
 * those of a rebuild. Only the entries of the last EPUB of each file are kept, and only for the few files written
 * last, so that a long-lived JVM holds one compressed copy of a few books at most. Thread-safe.
 */
final class DeflatedEntries {

    /** How many EPUB files' entries the JVM keeps: the guide, and another module's, say. */
    private static final int FILES_KEPT = 4;
    private static final Map<Path, Map<Key, Deflated>> LAST = new LinkedHashMap<>(16, 0.75f, true);

    private final Path target;
    private final Map<Key, Deflated> previous;
    private final Map<Key, Deflated> current = new ConcurrentHashMap<>();

    private DeflatedEntries(Path target, Map<Key, Deflated> previous) {
        this.target = target;
        this.previous = previous;
    }

    /** The entries kept from the last EPUB written to {@code target}, for the one written there now. */
    static DeflatedEntries forFile(Path target) {
        Path file = target.toAbsolutePath().normalize();
        synchronized (LAST) {
            return new DeflatedEntries(file, LAST.getOrDefault(file, Map.of()));
        }
    }

    /**
     * An entry's data as the zip stores it, deflated; the content's hash, CRC and length must all match a kept
     * entry's for it to be reused.
     */
    Deflated of(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        Key key = new Key(new ContentHash().add(content, 0, content.length).hex(), crc.getValue(), content.length);
        Deflated deflated = previous.get(key);
        if (deflated == null) {
            deflated = current.get(key);
        }
        if (deflated == null) {
            deflated = deflate(content, crc.getValue());
        }
        current.put(key, deflated);
        return deflated;
    }

    /** Keeps this EPUB's entries for the next one written to the same file, once it was written whole. */
    void keep() {
        synchronized (LAST) {
            LAST.put(target, Map.copyOf(current));
            while (LAST.size() > FILES_KEPT) {
                LAST.remove(LAST.keySet().iterator().next());
            }
        }
    }

    /** Data stored as it is: the {@code mimetype} entry. */
    static Deflated stored(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return new Deflated(content, crc.getValue(), content.length, false);
    }

    /** The default level, raw deflate (the zip's headers frame it), as {@code ZipOutputStream} deflates. */
    private static Deflated deflate(byte[] content, long crc) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(content);
            deflater.finish();
            byte[] buffer = new byte[Math.max(64, content.length / 2)];
            int length = 0;
            while (!deflater.finished()) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                length += deflater.deflate(buffer, length, buffer.length - length);
            }
            return new Deflated(Arrays.copyOf(buffer, length), crc, content.length, true);
        } finally {
            deflater.end();
        }
    }

    private record Key(String hash, long crc, int length) {
    }

    /**
     * An entry's data as the zip stores it.
     *
     * @param bytes the data, deflated or as it is
     * @param crc the CRC-32 of the content
     * @param size the content's length
     * @param deflated whether {@code bytes} is deflated
     */
    record Deflated(byte[] bytes, long crc, long size, boolean deflated) {
    }
}
