package io.github.studyguide.pdf.file;

/**
 * How the values of one file are written into another: the number each reference gets there, and the dictionaries
 * written with entries changed. {@link #NONE} writes values as they are.
 */
public interface Relocation {

    /** Writes values as they are. */
    Relocation NONE = number -> number;

    /** The number the object {@code number} has in the file written. */
    int number(int number);

    /** The dictionary to write in place of {@code dict}: itself, or a copy with some entries changed. */
    default PdfDict dict(PdfDict dict) {
        return dict;
    }
}
