package io.github.studyguide.pdf.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Objects serialised and their non-stream ones compressed into object streams, ready to be written into a file by
 * {@link PdfFileWriter#add(CompiledObjects)}: what a part of the guide becomes once its objects are numbered. Its bytes
 * name no object stream's own number, so the same compiled objects may be written into any number of files (a watch
 * session writes a guide after each change, and a part that did not change is not compiled again).
 */
public final class CompiledObjects {

    /** Objects per object stream: enough for the dictionaries to compress well together, few enough to split work. */
    static final int OBJECTS_PER_STREAM = 200;

    /** An object stream: the numbers of the objects in it, in order, and the stream as written after "N 0 obj". */
    record ObjectStream(int[] numbers, byte[] written) {
    }

    /** A stream object, written as an object of its own: its dictionary and its data. */
    record StreamObject(int number, byte[] dict, byte[] data, int offset, int length) {
    }

    private final List<ObjectStream> objectStreams;
    private final List<StreamObject> streams;

    private CompiledObjects(List<ObjectStream> objectStreams, List<StreamObject> streams) {
        this.objectStreams = objectStreams;
        this.streams = streams;
    }

    List<ObjectStream> objectStreams() {
        return objectStreams;
    }

    List<StreamObject> streams() {
        return streams;
    }

    /** Collects objects to compile. Not thread-safe; {@link #compile()} may run on any thread. */
    public static final class Builder {

        private final Map<Integer, byte[]> plain = new TreeMap<>();
        private final List<StreamObject> streams = new ArrayList<>();

        /** Adds object {@code number}, its references and dictionaries written through {@code relocation}. */
        public Builder put(int number, Object value, Relocation relocation) {
            if (value instanceof PdfStream stream) {
                ByteSink dict = new ByteSink(64 + 16 * stream.dict().entries().size());
                PdfSyntax.writeDict(relocation.dict(stream.dict()), relocation, dict, stream.length());
                streams.add(new StreamObject(number, dict.toByteArray(), stream.source(), stream.offset(), stream.length()));
            } else {
                ByteSink body = new ByteSink(64);
                PdfSyntax.write(value, relocation, body);
                if (plain.put(number, body.toByteArray()) != null) {
                    throw new IllegalStateException("Object " + number + " is put twice");
                }
            }
            return this;
        }

        /** Compresses the objects, their object streams in parallel when there are several. */
        public CompiledObjects compile() {
            List<Integer> numbers = new ArrayList<>(plain.keySet());
            int groups = (numbers.size() + OBJECTS_PER_STREAM - 1) / OBJECTS_PER_STREAM;
            ObjectStream[] compressed = new ObjectStream[groups];
            IntStream stream = IntStream.range(0, groups);
            (groups > 1 ? stream.parallel() : stream).forEach(group -> compressed[group] = objectStream(
                    numbers.subList(group * OBJECTS_PER_STREAM, Math.min(numbers.size(), (group + 1) * OBJECTS_PER_STREAM))));
            streams.sort((a, b) -> Integer.compare(a.number(), b.number()));
            return new CompiledObjects(List.of(compressed), List.copyOf(streams));
        }

        private ObjectStream objectStream(List<Integer> members) {
            ByteSink header = new ByteSink(12 * members.size());
            ByteSink bodies = new ByteSink(256 * members.size());
            int[] numbers = new int[members.size()];
            for (int i = 0; i < members.size(); i++) {
                int number = members.get(i);
                numbers[i] = number;
                if (i > 0) {
                    header.write(' ');
                }
                header.ascii(number + " " + bodies.size());
                bodies.write(plain.get(number));
                bodies.write('\n');
            }
            header.write('\n');
            int first = header.size();
            header.write(bodies.array(), 0, bodies.size());
            byte[] data = PdfFileWriter.deflate(header.array(), header.size());
            PdfDict dict = new PdfDict().putName("Type", "ObjStm").put("N", PdfToken.of(members.size()))
                    .put("First", PdfToken.of(first)).putName("Filter", "FlateDecode");
            ByteSink written = new ByteSink(data.length + 128);
            PdfSyntax.writeDict(dict, Relocation.NONE, written, data.length);
            written.ascii("\nstream\n");
            written.write(data);
            written.ascii("\nendstream");
            return new ObjectStream(numbers, written.toByteArray());
        }
    }
}
