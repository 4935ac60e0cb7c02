package io.github.studyguide.pdf.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * Writes a PDF of objects numbered by the caller: streams as objects of their own, every other object in compressed
 * object streams, and a compressed cross-reference stream that carries the trailer's entries. Values go in
 * serialised, so that what the file holds until written is bytes, not objects. The same objects give the same
 * bytes; the object streams are compressed in parallel.
 */
public final class PdfFileWriter {

    /** Objects per object stream: enough for the dictionaries to compress well together, few enough to split work. */
    private static final int OBJECTS_PER_STREAM = 200;
    private static final byte[] HEADER_COMMENT = {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'};

    /** A serialised object: a plain one's body, or a stream's dictionary and data. */
    private record Entry(byte[] body, byte[] data, int offset, int length) {
        boolean isStream() {
            return data != null;
        }
    }

    private final List<Entry> entries = new ArrayList<>(List.of(new Entry(null, null, 0, 0)));

    /** Reserves the next object number, for an object put later. */
    public int reserve() {
        entries.add(null);
        return entries.size() - 1;
    }

    /** Adds an object whose references are already this file's numbers; returns its number. */
    public int add(Object value) {
        int number = reserve();
        put(number, value, Relocation.NONE);
        return number;
    }

    /** Puts a reserved object whose references are already this file's numbers. */
    public void put(int number, Object value) {
        put(number, value, Relocation.NONE);
    }

    /** Puts a reserved object, its references and dictionaries written through {@code relocation}. */
    public void put(int number, Object value, Relocation relocation) {
        if (entries.get(number) != null) {
            throw new IllegalStateException("Object " + number + " is put twice");
        }
        if (value instanceof PdfStream stream) {
            ByteSink dict = new ByteSink(64 + 16 * stream.dict().entries().size());
            PdfSyntax.writeDict(relocation.dict(stream.dict()), relocation, dict, stream.length());
            entries.set(number, new Entry(dict.toByteArray(), stream.source(), stream.offset(), stream.length()));
        } else {
            ByteSink body = new ByteSink(64);
            PdfSyntax.write(value, relocation, body);
            entries.set(number, new Entry(body.toByteArray(), null, 0, 0));
        }
    }

    /** How many objects are numbered so far, and one more: the next number. */
    public int size() {
        return entries.size();
    }

    /**
     * Writes the file.
     *
     * @param version the PDF version of the header, such as {@code 1.7}
     * @param trailer the trailer's entries ({@code Root}, {@code Info}, {@code ID}), written into the
     *     cross-reference stream's dictionary
     */
    public void write(OutputStream out, String version, PdfDict trailer) throws IOException {
        int objects = entries.size();
        List<Integer> plain = new ArrayList<>();
        for (int number = 1; number < objects; number++) {
            Entry entry = entries.get(number);
            if (entry == null) {
                throw new IllegalStateException("Object " + number + " was reserved and never put");
            }
            if (!entry.isStream()) {
                plain.add(number);
            }
        }
        int groups = (plain.size() + OBJECTS_PER_STREAM - 1) / OBJECTS_PER_STREAM;
        byte[][] objectStreams = new byte[groups][];
        IntStream.range(0, groups).parallel().forEach(group -> objectStreams[group] = objectStream(
                plain.subList(group * OBJECTS_PER_STREAM, Math.min(plain.size(), (group + 1) * OBJECTS_PER_STREAM))));
        int firstObjectStream = objects;
        int xrefNumber = objects + groups;
        int size = xrefNumber + 1;
        long[] offsets = new long[size];
        int[] container = new int[size];
        int[] index = new int[size];
        for (int i = 0; i < plain.size(); i++) {
            container[plain.get(i)] = firstObjectStream + i / OBJECTS_PER_STREAM;
            index[plain.get(i)] = i % OBJECTS_PER_STREAM;
        }

        CountingOutput file = new CountingOutput(out);
        file.write(("%PDF-" + version + "\n").getBytes(StandardCharsets.US_ASCII));
        file.write(HEADER_COMMENT);
        for (int number = 1; number < objects; number++) {
            Entry entry = entries.get(number);
            if (entry.isStream()) {
                offsets[number] = file.count();
                file.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
                file.write(entry.body());
                file.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
                file.write(entry.data(), entry.offset(), entry.length());
                file.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        for (int group = 0; group < groups; group++) {
            int number = firstObjectStream + group;
            offsets[number] = file.count();
            file.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            file.write(objectStreams[group]);
            file.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }

        ByteSink table = new ByteSink(7 * size);
        offsets[xrefNumber] = file.count();
        for (int number = 0; number < size; number++) {
            if (number == 0) {
                row(table, 0, 0, 0xFFFF);
            } else if (container[number] != 0) {
                row(table, 2, container[number], index[number]);
            } else {
                row(table, 1, offsets[number], 0);
            }
        }
        PdfDict xref = trailer.copy();
        xref.putName("Type", "XRef");
        xref.put("Size", PdfToken.of(size));
        xref.put("W", List.of(PdfToken.of(1), PdfToken.of(4), PdfToken.of(2)));
        xref.putName("Filter", "FlateDecode");
        byte[] compressed = deflate(table.array(), table.size());
        ByteSink dict = new ByteSink(128);
        PdfSyntax.writeDict(xref, Relocation.NONE, dict, compressed.length);
        file.write((xrefNumber + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        file.write(dict.toByteArray());
        file.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
        file.write(compressed);
        file.write(("\nendstream\nendobj\nstartxref\n" + offsets[xrefNumber] + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        file.flush();
    }

    /** An object stream of the given objects, with its dictionary, compressed. */
    private byte[] objectStream(List<Integer> numbers) {
        ByteSink header = new ByteSink(12 * numbers.size());
        ByteSink bodies = new ByteSink(256 * numbers.size());
        for (int number : numbers) {
            if (header.size() > 0) {
                header.write(' ');
            }
            header.ascii(number + " " + bodies.size());
            bodies.write(entries.get(number).body());
            bodies.write('\n');
        }
        header.write('\n');
        int first = header.size();
        header.write(bodies.array(), 0, bodies.size());
        byte[] compressed = deflate(header.array(), header.size());
        PdfDict dict = new PdfDict().putName("Type", "ObjStm").put("N", PdfToken.of(numbers.size()))
                .put("First", PdfToken.of(first)).putName("Filter", "FlateDecode");
        ByteSink stream = new ByteSink(compressed.length + 128);
        PdfSyntax.writeDict(dict, Relocation.NONE, stream, compressed.length);
        stream.ascii("\nstream\n");
        stream.write(compressed);
        stream.ascii("\nendstream");
        return stream.toByteArray();
    }

    private static void row(ByteSink table, int type, long second, int third) {
        table.write(type);
        table.write((int) (second >>> 24));
        table.write((int) (second >>> 16));
        table.write((int) (second >>> 8));
        table.write((int) second);
        table.write(third >>> 8);
        table.write(third);
    }

    static byte[] deflate(byte[] data, int length) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(data, 0, length);
            deflater.finish();
            ByteSink out = new ByteSink(length / 3 + 64);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Counts the bytes written, for the cross-reference offsets. */
    private static final class CountingOutput {
        private final OutputStream out;
        private long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        void write(byte[] bytes) throws IOException {
            write(bytes, 0, bytes.length);
        }

        void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }

        void flush() throws IOException {
            out.flush();
        }
    }
}
