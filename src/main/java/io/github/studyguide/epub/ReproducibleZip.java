package io.github.studyguide.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an EPUB's zip so that its bytes depend only on its content: entries sorted by name after the
 * {@code mimetype} entry (which the EPUB specification wants first and uncompressed), and every entry dated with
 * the guide's date instead of the moment it was written. Written by hand rather than with {@code ZipOutputStream},
 * which can only deflate every entry again: the entries come deflated from {@link DeflatedEntries}, which keeps
 * those of the last EPUB written to the same file, so that a rebuild in the watch goal deflates only the documents
 * that changed. Clean builds and rebuilds go through the same writer, so they give the same bytes.
 *
 * <p>Plain zip (no zip64, no extra fields, no data descriptors): local header, data, then the central directory,
 * as APPNOTE 6.3 describes it; an EPUB of over 4 GB or 65,535 files is refused.
 */
final class ReproducibleZip {

    private static final String MIMETYPE = "mimetype";
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** Version 1.0 suffices for a stored entry, 2.0 is needed to inflate one. */
    private static final int STORED_VERSION = 10;
    private static final int DEFLATED_VERSION = 20;
    /** General purpose flag bit 11: the name is UTF-8. */
    private static final int UTF8_NAME = 1 << 11;
    private static final long MAX = 0xFFFF_FFFFL;

    private ReproducibleZip() {
    }

    /**
     * Writes an EPUB's zip: the {@code mimetype} entry, then the others sorted by name.
     *
     * @param mimetype the content of the {@code mimetype} entry
     * @param entries every other entry by its name
     * @param deflated where entries come deflated from, and go
     */
    static byte[] write(byte[] mimetype, Map<String, byte[]> entries, Instant date, DeflatedEntries deflated)
            throws IOException {
        LocalDateTime time = dosTime(date);
        int dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
        int dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
        List<Entry> written = new ArrayList<>();
        ZipBytes out = new ZipBytes(Math.max(1 << 16, entries.size() * 2048));
        written.add(out.entry(MIMETYPE, DeflatedEntries.stored(mimetype), dosTime, dosDate));
        for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
            written.add(out.entry(entry.getKey(), deflated.of(entry.getValue()), dosTime, dosDate));
        }
        if (written.size() > 0xFFFF) {
            throw new IOException("The EPUB would hold " + written.size() + " files; a zip without zip64 holds at"
                    + " most 65,535");
        }
        long directory = out.size();
        for (Entry entry : written) {
            out.header(CENTRAL_HEADER, entry, dosTime, dosDate);
        }
        long directorySize = out.size() - directory;
        out.int32(END_OF_CENTRAL_DIRECTORY);
        out.int16(0); // this disk
        out.int16(0); // the disk the central directory starts on
        out.int16(written.size());
        out.int16(written.size());
        out.int32(checked(directorySize));
        out.int32(checked(directory));
        out.int16(0); // no comment
        return out.toByteArray();
    }

    /** An entry as written: its name, its data as stored, and where its local header is. */
    private record Entry(byte[] name, DeflatedEntries.Deflated data, long offset) {
    }

    /** The zip's bytes, little-endian as the format wants them. */
    private static final class ZipBytes extends ByteArrayOutputStream {

        ZipBytes(int size) {
            super(size);
        }

        Entry entry(String name, DeflatedEntries.Deflated data, int dosTime, int dosDate) throws IOException {
            Entry entry = new Entry(name.getBytes(StandardCharsets.UTF_8), data, size());
            header(LOCAL_HEADER, entry, dosTime, dosDate);
            write(data.bytes());
            return entry;
        }

        /** A local header, or the central directory's header of the same entry. */
        void header(int signature, Entry entry, int dosTime, int dosDate) throws IOException {
            boolean central = signature == CENTRAL_HEADER;
            DeflatedEntries.Deflated data = entry.data();
            int version = data.deflated() ? DEFLATED_VERSION : STORED_VERSION;
            int32(signature);
            if (central) {
                int16(DEFLATED_VERSION); // made by: MS-DOS attributes, APPNOTE 2.0
            }
            int16(version);
            boolean ascii = new String(entry.name(), StandardCharsets.UTF_8).chars().allMatch(c -> c < 0x80);
            int16(ascii ? 0 : UTF8_NAME);
            int16(data.deflated() ? 8 : 0);
            int16(dosTime);
            int16(dosDate);
            int32(data.crc());
            int32(checked(data.bytes().length));
            int32(checked(data.size()));
            int16(entry.name().length);
            int16(0); // no extra field
            if (central) {
                int16(0); // no comment
                int16(0); // disk
                int16(0); // internal attributes
                int32(0); // external attributes
                int32(checked(entry.offset()));
            }
            write(entry.name());
        }

        void int16(int value) {
            write(value & 0xFF);
            write(value >>> 8 & 0xFF);
        }

        void int32(long value) {
            int16((int) (value & 0xFFFF));
            int16((int) (value >>> 16 & 0xFFFF));
        }
    }

    private static long checked(long value) throws IOException {
        if (value > MAX) {
            throw new IOException("The EPUB would be larger than 4 GB, which a zip without zip64 cannot hold");
        }
        return value;
    }

    /**
     * The entry time: zip times are local date-times without a zone, so the instant is read in UTC to keep them
     * independent of the machine; and it is kept within the DOS range (1980 to 2107). The lower bound is two
     * seconds past 1980-01-01T00:00, as {@code ZipOutputStream} wrote it before, so that guides keep their bytes'
     * dates.
     */
    static LocalDateTime dosTime(Instant date) {
        LocalDateTime time = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
        if (time.isBefore(DOS_EPOCH)) {
            return DOS_EPOCH;
        }
        return time.isAfter(DOS_END) ? DOS_END : time;
    }
}
