package io.github.studyguide.pdf.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.InflaterInputStream;

/**
 * A stream object: its dictionary and its data as written (still encoded), a slice of the bytes it was read from.
 * The dictionary's {@code Length} is written from the data, whatever it says.
 */
public record PdfStream(PdfDict dict, byte[] source, int offset, int length) {

    /** A stream of {@code data} as it is, unfiltered or already encoded as {@code dict} says. */
    public static PdfStream of(PdfDict dict, byte[] data) {
        return new PdfStream(dict, data, 0, data.length);
    }

    /** The data as written. */
    public byte[] encoded() {
        return Arrays.copyOfRange(source, offset, offset + length);
    }

    /** The data decoded: unfiltered or Flate-compressed, the two filters PDFBox writes for the streams read here. */
    public byte[] decoded() throws IOException {
        Object filter = dict.get("Filter");
        if (filter instanceof java.util.List<?> list && list.size() == 1) {
            filter = list.get(0);
        }
        if (filter == null) {
            return encoded();
        }
        if (filter instanceof PdfName name && name.raw().equals("FlateDecode") && !dict.has("DecodeParms")) {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(source, offset, length))) {
                return in.readAllBytes();
            }
        }
        throw new IOException("Cannot decode a stream filtered with " + filter);
    }
}
