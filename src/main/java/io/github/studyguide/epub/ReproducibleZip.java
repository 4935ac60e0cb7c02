package io.github.studyguide.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an EPUB's zip so that its bytes depend only on its content: entries sorted by name after the
 * {@code mimetype} entry (which the EPUB specification wants first and uncompressed), and every entry dated with
 * the guide's date instead of the moment it was written.
 */
final class ReproducibleZip {

    private static final String MIMETYPE = "mimetype";
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ReproducibleZip() {
    }

    /**
     * Writes an EPUB's zip: the {@code mimetype} entry, then the others sorted by name.
     *
     * @param mimetype the content of the {@code mimetype} entry
     * @param entries every other entry by its name
     */
    static byte[] write(byte[] mimetype, Map<String, byte[]> entries, Instant date) throws IOException {
        LocalDateTime time = dosTime(date);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry first = new ZipEntry(MIMETYPE);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            first.setTimeLocal(time);
            out.putNextEntry(first);
            out.write(mimetype);
            out.closeEntry();
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                ZipEntry next = new ZipEntry(entry.getKey());
                next.setTimeLocal(time);
                out.putNextEntry(next);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The entry time: zip times are local date-times without a zone, so the instant is read in UTC to keep them
     * independent of the machine; and it is kept within the DOS range (1980 to 2107), outside which Java adds an
     * extended-timestamp extra field, which the EPUB specification forbids on the mimetype entry. The lower bound
     * is two seconds past 1980-01-01T00:00, because Java treats that exact time as "before 1980" too.
     */
    static LocalDateTime dosTime(Instant date) {
        LocalDateTime time = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
        if (time.isBefore(DOS_EPOCH)) {
            return DOS_EPOCH;
        }
        return time.isAfter(DOS_END) ? DOS_END : time;
    }
}
