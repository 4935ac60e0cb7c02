package io.github.studyguide.pdf.file;

/** A name, as written after its slash ({@code #xx} escapes left as they are). */
public record PdfName(String raw) {

    public static PdfName of(String raw) {
        return new PdfName(raw);
    }
}
