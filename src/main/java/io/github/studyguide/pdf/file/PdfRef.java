package io.github.studyguide.pdf.file;

/** A reference to an indirect object, by number (generations are always 0 in the files read and written here). */
public record PdfRef(int number) {
}
