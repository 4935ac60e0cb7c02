package io.github.studyguide.pdf.file;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A string, as written: with its parentheses or angle brackets. */
public record PdfString(byte[] raw) {

    /**
     * A text string: printable ASCII as it is, anything else as UTF-16 with its byte order mark, which every PDF
     * reader decodes (PDFDocEncoding would cover only part of Latin-1).
     */
    public static PdfString text(String text) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (ascii) {
            StringBuilder literal = new StringBuilder(text.length() + 2).append('(');
            for (char c : text.toCharArray()) {
                if (c == '(' || c == ')' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            return new PdfString(literal.append(')').toString().getBytes(StandardCharsets.US_ASCII));
        }
        return hex(("\ufeff" + text).getBytes(StandardCharsets.UTF_16BE));
    }

    /** Bytes as a hexadecimal string. */
    public static PdfString hex(byte[] bytes) {
        return new PdfString(("<" + HexFormat.of().withUpperCase().formatHex(bytes) + ">")
                .getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PdfString string && java.util.Arrays.equals(raw, string.raw);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return new String(raw, StandardCharsets.ISO_8859_1);
    }
}
