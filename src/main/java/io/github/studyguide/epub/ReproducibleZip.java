package io.github.studyguide.epub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an EPUB's zip so that its bytes depend only on its content: entries sorted by name after the
 * {@code mimetype} entry (which the EPUB specification wants first and uncompressed), and every entry dated with
 * the guide's date instead of the moment it was written.
 */
final class ReproducibleZip {

    private static final String MIMETYPE = "mimetype";

    private ReproducibleZip() {
    }

    static byte[] rewrite(byte[] zip, Instant date) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        byte[] mimetype = entries.remove(MIMETYPE);
        if (mimetype == null) {
            throw new IOException("The EPUB writer produced no mimetype entry");
        }
        // Zip times are local date-times without a zone; fixing them in UTC keeps them independent of the machine.
        LocalDateTime time = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
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
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry next = new ZipEntry(entry.getKey());
                next.setTimeLocal(time);
                out.putNextEntry(next);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
