package io.github.studyguide.pdf.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes a PDF of objects numbered by the caller: streams as objects of their own, every other object in compressed
 * object streams, and a compressed cross-reference stream that carries the trailer's entries. Objects come in
 * compiled ({@link CompiledObjects}), a block at a time or one by one; numbers may leave gaps, which the
 * cross-reference stream skips. The same objects give the same bytes.
 */
public final class PdfFileWriter {

    private static final byte[] HEADER_COMMENT = {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'};

    private final List<CompiledObjects> blocks = new ArrayList<>();
    private final CompiledObjects.Builder own = new CompiledObjects.Builder();
    private final BitSet reserved = new BitSet();
    private final BitSet put = new BitSet();
    private int next = 1;

    /** Reserves the next object number, for an object put later. */
    public int reserve() {
        reserved.set(next);
        return next++;
    }

    /** Reserves a number of the caller's choosing, clear of those {@link #reserve()} gives, for an object put later. */
    public void reserve(int number) {
        if (number >= next || reserved.get(number)) {
            throw new IllegalStateException("Object " + number + " cannot be reserved");
        }
        reserved.set(number);
    }

    /** Moves the next number {@link #reserve()} gives to at least {@code number}: the numbers skipped are the caller's. */
    public void skipTo(int number) {
        next = Math.max(next, number);
    }

    /** Adds an object whose references are already this file's numbers; returns its number. */
    public int add(Object value) {
        int number = reserve();
        put(number, value);
        return number;
    }

    /** Puts a reserved object whose references are already this file's numbers. */
    public void put(int number, Object value) {
        put(number, value, Relocation.NONE);
    }

    /** Puts a reserved object, its references and dictionaries written through {@code relocation}. */
    public void put(int number, Object value, Relocation relocation) {
        if (!reserved.get(number)) {
            throw new IllegalStateException("Object " + number + " was never reserved");
        }
        mark(number);
        own.put(number, value, relocation);
    }

    /** Adds compiled objects, whose numbers the caller keeps clear of those {@link #reserve()} gives. */
    public void add(CompiledObjects compiled) {
        for (CompiledObjects.ObjectStream stream : compiled.objectStreams()) {
            for (int number : stream.numbers()) {
                mark(number);
            }
        }
        compiled.streams().forEach(stream -> mark(stream.number()));
        blocks.add(compiled);
    }

    private void mark(int number) {
        if (put.get(number)) {
            throw new IllegalStateException("Object " + number + " is put twice");
        }
        put.set(number);
    }

    /**
     * Writes the file.
     *
     * @param version the PDF version of the header, such as {@code 1.7}
     * @param trailer the trailer's entries ({@code Root}, {@code Info}, {@code ID}), written into the
     *     cross-reference stream's dictionary
     */
    public void write(OutputStream out, String version, PdfDict trailer) throws IOException {
        BitSet missing = (BitSet) reserved.clone();
        missing.andNot(put);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Object " + missing.nextSetBit(0) + " was reserved and never put");
        }
        List<CompiledObjects> all = new ArrayList<>(blocks);
        all.add(own.compile());
        int top = Math.max(next, put.length());
        List<CompiledObjects.ObjectStream> objectStreams = new ArrayList<>();
        all.forEach(block -> objectStreams.addAll(block.objectStreams()));
        int firstObjectStream = top;
        int xrefNumber = top + objectStreams.size();
        int size = xrefNumber + 1;
        long[] offsets = new long[size];
        int[] container = new int[size];
        int[] index = new int[size];
        BitSet present = (BitSet) put.clone();
        for (int i = 0; i < objectStreams.size(); i++) {
            int[] numbers = objectStreams.get(i).numbers();
            for (int j = 0; j < numbers.length; j++) {
                container[numbers[j]] = firstObjectStream + i;
                index[numbers[j]] = j;
            }
        }
        present.set(firstObjectStream, size);

        CountingOutput file = new CountingOutput(out);
        file.write(("%PDF-" + version + "\n").getBytes(StandardCharsets.US_ASCII));
        file.write(HEADER_COMMENT);
        for (CompiledObjects block : all) {
            for (CompiledObjects.StreamObject stream : block.streams()) {
                offsets[stream.number()] = file.count();
                file.write((stream.number() + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
                file.write(stream.dict());
                file.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
                file.write(stream.data(), stream.offset(), stream.length());
                file.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        for (int i = 0; i < objectStreams.size(); i++) {
            int number = firstObjectStream + i;
            offsets[number] = file.count();
            file.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            file.write(objectStreams.get(i).written());
            file.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        offsets[xrefNumber] = file.count();

        // One subsection of the cross-reference stream per run of numbers in use, object 0 (free) first.
        present.set(0);
        List<Object> subsections = new ArrayList<>();
        ByteSink table = new ByteSink(7 * present.cardinality());
        for (int start = present.nextSetBit(0); start >= 0; ) {
            int end = present.nextClearBit(start);
            subsections.add(PdfToken.of(start));
            subsections.add(PdfToken.of(end - start));
            for (int number = start; number < end; number++) {
                if (number == 0) {
                    row(table, 0, 0, 0xFFFF);
                } else if (container[number] != 0) {
                    row(table, 2, container[number], index[number]);
                } else {
                    row(table, 1, offsets[number], 0);
                }
            }
            start = end < size ? present.nextSetBit(end) : -1;
        }
        PdfDict xref = trailer.copy();
        xref.putName("Type", "XRef");
        xref.put("Size", PdfToken.of(size));
        if (subsections.size() > 2) {
            xref.put("Index", subsections);
        }
        xref.put("W", List.of(PdfToken.of(1), PdfToken.of(4), PdfToken.of(2)));
        xref.putName("Filter", "FlateDecode");
        byte[] compressed = deflate(table.array(), table.size());
        ByteSink dict = new ByteSink(128 + 8 * subsections.size());
        PdfSyntax.writeDict(xref, Relocation.NONE, dict, compressed.length);
        file.write((xrefNumber + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        file.write(dict.toByteArray());
        file.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
        file.write(compressed);
        file.write(("\nendstream\nendobj\nstartxref\n" + offsets[xrefNumber] + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        file.flush();
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
