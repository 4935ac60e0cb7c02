package io.github.studyguide.pdf.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF written without compression (objects one after another, then a cross-reference table and the
 * trailer), as PDFBox writes the guide's parts. It reads the objects in the order they stand and skips each stream's
 * data by its length, so it needs neither the cross-reference table nor random access; a file in another shape
 * (object streams, incremental updates) is refused with an {@link IOException}, never misread.
 */
public final class PdfFileReader {

    private final byte[] pdf;
    private int at;

    private PdfFileReader(byte[] pdf) {
        this.pdf = pdf;
    }

    /** Reads every object of {@code pdf}, which the returned file keeps: its streams are slices of it. */
    public static PdfFile read(byte[] pdf) throws IOException {
        try {
            return new PdfFileReader(pdf).file();
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new IOException("Cannot read the PDF: it ends or breaks off inside an object", e);
        }
    }

    private PdfFile file() throws IOException {
        if (!startsWith(0, "%PDF-")) {
            throw new IOException("Not a PDF: no %PDF- header");
        }
        List<Object> objects = new ArrayList<>();
        objects.add(null);
        while (true) {
            skipSpace();
            if (at >= pdf.length) {
                throw new IOException("Cannot read the PDF: no trailer");
            }
            if (startsWith(at, "xref")) {
                break;
            }
            int number = Integer.parseInt(token());
            int generation = Integer.parseInt(token());
            expect("obj");
            Object value = value();
            skipSpace();
            if (startsWith(at, "stream")) {
                PdfStream stream = stream((PdfDict) value);
                if (stream.dict().isName("Type", "ObjStm") || stream.dict().isName("Type", "XRef")) {
                    throw new IOException("Cannot read the PDF: it keeps objects in object streams");
                }
                value = stream;
            }
            expect("endobj");
            if (generation != 0) {
                throw new IOException("Cannot read the PDF: object " + number + " has generation " + generation);
            }
            while (objects.size() <= number) {
                objects.add(null);
            }
            if (objects.get(number) != null) {
                throw new IOException("Cannot read the PDF: object " + number + " is written twice");
            }
            objects.set(number, value);
        }
        int trailer = indexOf("trailer", at);
        if (trailer < 0) {
            throw new IOException("Cannot read the PDF: no trailer");
        }
        at = trailer + "trailer".length();
        Object dict = value();
        if (!(dict instanceof PdfDict trailerDict) || trailerDict.has("Prev") || trailerDict.has("Encrypt")) {
            throw new IOException("Cannot read the PDF: an updated or encrypted file");
        }
        return new PdfFile(objects.toArray(), trailerDict);
    }

    private PdfStream stream(PdfDict dict) throws IOException {
        at += "stream".length();
        if (pdf[at] == '\r') {
            at++;
        }
        if (pdf[at] != '\n') {
            throw new IOException("Cannot read the PDF: no end of line after 'stream' at " + at);
        }
        at++;
        int length = dict.get("Length") instanceof PdfToken token ? token.intValue(-1) : -1;
        if (length < 0 || at + length > pdf.length || !endsStream(at + length)) {
            // A length that is a reference, or wrong: the data ends before the first "endstream" then.
            int end = indexOf("endstream", at);
            if (end < 0) {
                throw new IOException("Cannot read the PDF: a stream never ends");
            }
            length = end - at;
            while (length > 0 && (pdf[at + length - 1] == '\n' || pdf[at + length - 1] == '\r')) {
                length--;
            }
        }
        PdfStream stream = new PdfStream(dict, pdf, at, length);
        at += length;
        skipSpace();
        expect("endstream");
        return stream;
    }

    /** Whether only an end of line stands between {@code end} and "endstream". */
    private boolean endsStream(int end) {
        int i = end;
        while (i < pdf.length && (pdf[i] == '\r' || pdf[i] == '\n' || pdf[i] == ' ')) {
            i++;
        }
        return startsWith(i, "endstream");
    }

    private Object value() throws IOException {
        skipSpace();
        byte c = pdf[at];
        switch (c) {
            case '/' -> {
                int start = ++at;
                while (at < pdf.length && isRegular(pdf[at])) {
                    at++;
                }
                return new PdfName(new String(pdf, start, at - start, StandardCharsets.ISO_8859_1));
            }
            case '(' -> {
                return literalString();
            }
            case '[' -> {
                at++;
                List<Object> array = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (pdf[at] == ']') {
                        at++;
                        return array;
                    }
                    array.add(value());
                }
            }
            case '<' -> {
                if (pdf[at + 1] == '<') {
                    at += 2;
                    PdfDict dict = new PdfDict();
                    while (true) {
                        skipSpace();
                        if (pdf[at] == '>' && pdf[at + 1] == '>') {
                            at += 2;
                            return dict;
                        }
                        if (!(value() instanceof PdfName key)) {
                            throw new IOException("Cannot read the PDF: a dictionary key that is no name at " + at);
                        }
                        dict.put(key.raw(), value());
                    }
                }
                int start = at;
                int end = indexOf(">", at);
                at = end + 1;
                return new PdfString(java.util.Arrays.copyOfRange(pdf, start, at));
            }
            default -> {
                String token = token();
                if (isInteger(token)) {
                    // An integer may begin a reference: "12 0 R".
                    int mark = at;
                    skipSpace();
                    int second = at;
                    while (at < pdf.length && pdf[at] >= '0' && pdf[at] <= '9') {
                        at++;
                    }
                    if (at > second) {
                        skipSpace();
                        if (pdf[at] == 'R' && (at + 1 >= pdf.length || !isRegular(pdf[at + 1]))) {
                            at++;
                            return new PdfRef(Integer.parseInt(token));
                        }
                    }
                    at = mark;
                }
                if (token.isEmpty()) {
                    throw new IOException("Cannot read the PDF: unexpected '" + (char) c + "' at " + at);
                }
                return new PdfToken(token);
            }
        }
    }

    private PdfString literalString() {
        int start = at;
        int depth = 0;
        do {
            byte c = pdf[at++];
            if (c == '\\') {
                at++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        } while (depth > 0);
        return new PdfString(java.util.Arrays.copyOfRange(pdf, start, at));
    }

    private String token() {
        skipSpace();
        int start = at;
        while (at < pdf.length && isRegular(pdf[at])) {
            at++;
        }
        return new String(pdf, start, at - start, StandardCharsets.ISO_8859_1);
    }

    private void expect(String keyword) throws IOException {
        skipSpace();
        if (!startsWith(at, keyword)) {
            throw new IOException("Cannot read the PDF: expected '" + keyword + "' at " + at);
        }
        at += keyword.length();
    }

    private void skipSpace() {
        while (at < pdf.length) {
            byte c = pdf[at];
            if (c == '%') {
                while (at < pdf.length && pdf[at] != '\n' && pdf[at] != '\r') {
                    at++;
                }
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0) {
                at++;
            } else {
                return;
            }
        }
    }

    private static boolean isInteger(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Neither white space nor a delimiter. */
    private static boolean isRegular(byte c) {
        return switch (c) {
            case ' ', '\n', '\r', '\t', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> false;
            default -> true;
        };
    }

    private boolean startsWith(int from, String text) {
        if (from + text.length() > pdf.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (pdf[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String text, int from) {
        for (int i = from; i + text.length() <= pdf.length; i++) {
            if (startsWith(i, text)) {
                return i;
            }
        }
        return -1;
    }
}
