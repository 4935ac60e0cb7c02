package io.github.studyguide.pdf.file;

/**
 * A value of one file placed inside a value of another: written through its own file's {@link Relocation} whatever
 * the relocation of the value around it. The guide's join puts its own objects (a page's new contents, the shared
 * fonts) into the dictionaries it takes over from a part, and a part's values into the guide's.
 */
public record Relocated(Object value, Relocation relocation) {

    /** A value whose references are already the written file's numbers. */
    public static Relocated asIs(Object value) {
        return new Relocated(value, Relocation.NONE);
    }

    /** A reference to an object of the written file. */
    public static Relocated ref(int number) {
        return asIs(new PdfRef(number));
    }
}
