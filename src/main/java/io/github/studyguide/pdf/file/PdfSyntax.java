package io.github.studyguide.pdf.file;

import java.util.List;
import java.util.Map;

/** Writes values in PDF's syntax, compactly: one space where two tokens would otherwise run together. */
final class PdfSyntax {

    private PdfSyntax() {
    }

    static void write(Object value, Relocation relocation, ByteSink out) {
        if (value instanceof Relocated placed) {
            write(placed.value(), placed.relocation(), out);
        } else if (value instanceof PdfRef ref) {
            out.ascii(Integer.toString(relocation.number(ref.number())));
            out.ascii(" 0 R");
        } else if (value instanceof PdfName name) {
            out.write('/');
            out.latin1(name.raw());
        } else if (value instanceof PdfToken token) {
            out.ascii(token.text());
        } else if (value instanceof PdfString string) {
            out.write(string.raw());
        } else if (value instanceof PdfDict dict) {
            writeDict(relocation.dict(dict), relocation, out, -1);
        } else if (value instanceof List<?> array) {
            out.write('[');
            boolean first = true;
            for (Object item : array) {
                if (!first) {
                    out.write(' ');
                }
                first = false;
                write(item, relocation, out);
            }
            out.write(']');
        } else if (value == null) {
            out.ascii("null");
        } else {
            throw new IllegalArgumentException("Not a PDF value: " + value.getClass().getName());
        }
    }

    /**
     * Writes a dictionary's entries, already passed through {@link Relocation#dict}.
     *
     * @param length the stream length to write as {@code Length} in place of the dictionary's own, or -1
     */
    static void writeDict(PdfDict dict, Relocation relocation, ByteSink out, int length) {
        out.ascii("<<");
        for (Map.Entry<String, Object> entry : dict.entries().entrySet()) {
            if (length >= 0 && entry.getKey().equals("Length")) {
                continue;
            }
            out.write('/');
            out.latin1(entry.getKey());
            out.write(' ');
            write(entry.getValue(), relocation, out);
        }
        if (length >= 0) {
            out.ascii("/Length ");
            out.ascii(Integer.toString(length));
        }
        out.ascii(">>");
    }
}
