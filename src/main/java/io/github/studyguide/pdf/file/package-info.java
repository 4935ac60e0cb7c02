/**
 * A PDF file as objects, read and written without PDFBox: what the guide's join needs to take over its parts' objects
 * as they are, renumbered, instead of parsing them into PDFBox's model and serialising them again. Only what PDFBox
 * itself writes is read (parts saved without compression); the guide is written with object streams and a
 * cross-reference stream, as PDFBox's compressed save writes it.
 *
 * <p>Values are plain: {@link io.github.studyguide.pdf.file.PdfDict}, {@link java.util.List} for arrays,
 * {@link io.github.studyguide.pdf.file.PdfName}, {@link io.github.studyguide.pdf.file.PdfRef},
 * {@link io.github.studyguide.pdf.file.PdfToken} (numbers, booleans, null), {@link io.github.studyguide.pdf.file.PdfString}
 * and, as an object's value only, {@link io.github.studyguide.pdf.file.PdfStream}.
 */
package io.github.studyguide.pdf.file;
