package io.github.studyguide.pdf.file;

import java.util.Optional;

/**
 * A PDF file read by {@link PdfFileReader}: each object's value by its number, and the trailer. It is not changed
 * once read, so that one file may be taken over by more than one guide (the parts a watch session keeps).
 */
public final class PdfFile {

    private final Object[] objects;
    private final PdfDict trailer;

    PdfFile(Object[] objects, PdfDict trailer) {
        this.objects = objects;
        this.trailer = trailer;
    }

    /** The value of object {@code number}, or null if the file has none of that number. */
    public Object object(int number) {
        return number > 0 && number < objects.length ? objects[number] : null;
    }

    /** One more than the highest object number. */
    public int size() {
        return objects.length;
    }

    public PdfDict trailer() {
        return trailer;
    }

    /** The document catalog. */
    public PdfDict catalog() {
        return trailer.dict("Root", this::object).orElseThrow(() -> new IllegalStateException("A PDF without a catalog"));
    }

    /** A value, followed through a reference. */
    public Object resolve(Object value) {
        return PdfDict.resolve(value, this::object);
    }

    /** A value as a dictionary (a stream's dictionary for a stream), followed through a reference. */
    public Optional<PdfDict> dict(Object value) {
        Object resolved = resolve(value);
        if (resolved instanceof PdfStream stream) {
            return Optional.of(stream.dict());
        }
        return resolved instanceof PdfDict dict ? Optional.of(dict) : Optional.empty();
    }
}
