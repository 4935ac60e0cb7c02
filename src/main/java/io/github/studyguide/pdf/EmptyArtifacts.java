package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Removes the empty artifacts of a tagged part's pages: {@code /Artifact /Prop12 BDC EMC} with nothing painted in
 * between, and the property list each of them names. openhtmltopdf opens a background artifact, with its box, for
 * every box it paints, whether or not the box has a background or border: 96 of every 100 paint nothing. Their
 * property lists were half the bytes of a tagged part, and PDFBox reads and writes them (a dictionary, a name and
 * four numbers each) on every build, an edit rebuild too. An empty marked-content sequence shows nothing and is no
 * part of the structure, so without it every page looks, and reads aloud, the same. Artifacts that paint keep their
 * property list.
 */
final class EmptyArtifacts {

    private static final byte[] ARTIFACT = ascii("/Artifact");
    private static final byte[] BDC = ascii("BDC");
    private static final byte[] EMC = ascii("EMC");
    private static final byte[] DP = ascii("DP");
    private static final byte[] INLINE_IMAGE = ascii("BI");

    private EmptyArtifacts() {
    }

    /**
     * Removes the empty artifacts of every page whose content is one stream and whose property lists are its own
     * (no other page, and no form drawing with the page's resources, could name them).
     */
    static void remove(PDDocument part) throws IOException {
        Map<COSDictionary, Integer> pagesNaming = new IdentityHashMap<>();
        for (PDPage page : part.getPages()) {
            COSDictionary properties = propertiesOf(page);
            if (properties != null) {
                pagesNaming.merge(properties, 1, Integer::sum);
            }
        }
        for (PDPage page : part.getPages()) {
            COSDictionary properties = propertiesOf(page);
            if (properties == null || pagesNaming.get(properties) != 1 || hasFormWithoutResources(page)
                    || !(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSStream content)) {
                continue; // nothing named, names shared, or content in pieces: left as it is
            }
            byte[] original;
            try (InputStream in = content.createInputStream()) {
                original = in.readAllBytes();
            }
            Removal removal = removeFrom(original);
            if (removal == null || removal.dropped().isEmpty()) {
                continue;
            }
            // Written anew, Flate alone: the old filter's parameters (a predictor, say) would garble it.
            content.removeItem(COSName.DECODE_PARMS);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(removal.content());
            }
            for (String name : removal.dropped()) {
                if (!removal.kept().contains(name)) {
                    properties.removeItem(COSName.getPDFName(name));
                }
            }
        }
    }

    private static COSDictionary propertiesOf(PDPage page) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        return resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
    }

    /** Whether the page draws a form that has no resources of its own, and so would use the page's. */
    private static boolean hasFormWithoutResources(PDPage page) {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary forms = resources.getCOSDictionary(COSName.XOBJECT);
        if (forms != null) {
            for (COSName name : forms.keySet()) {
                if (forms.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && form.getItem(COSName.RESOURCES) == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The content without its empty artifacts, and the property names they used and those still used; null if the
     * content holds an inline image, whose data the scan below cannot tell from operators.
     */
    static Removal removeFrom(byte[] content) {
        Lexer lexer = new Lexer(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        Set<String> dropped = new HashSet<>();
        // The last three tokens' starts and ends, oldest first: an empty artifact is /Artifact /Name BDC EMC.
        int[] starts = new int[3];
        int[] ends = new int[3];
        int copied = 0;
        int count = 0;
        while (lexer.next()) {
            if (lexer.is(INLINE_IMAGE)) {
                return null;
            }
            if (count >= 3 && lexer.is(EMC) && lexer.at(starts[0], ends[0], ARTIFACT) && content[starts[1]] == '/'
                    && lexer.at(starts[2], ends[2], BDC)) {
                out.write(content, copied, starts[0] - copied);
                copied = lexer.end;
                // The separator before the artifact stays; the one after it goes with it.
                boolean separated = starts[0] > 0 && Lexer.isWhitespace(content[starts[0] - 1]);
                while (separated && copied < content.length && Lexer.isWhitespace(content[copied])) {
                    copied++;
                }
                dropped.add(latin1(content, starts[1] + 1, ends[1]));
                count = 0;
                continue;
            }
            starts[0] = starts[1];
            ends[0] = ends[1];
            starts[1] = starts[2];
            ends[1] = ends[2];
            starts[2] = lexer.start;
            ends[2] = lexer.end;
            count++;
        }
        out.write(content, copied, content.length - copied);
        byte[] result = out.toByteArray();
        return new Removal(result, dropped, namedProperties(result));
    }

    /** The property lists that marked content names: {@code /Tag /Name BDC} or {@code /Tag /Name DP}. */
    private static Set<String> namedProperties(byte[] content) {
        Set<String> named = new HashSet<>();
        Lexer lexer = new Lexer(content);
        int nameStart = -1;
        int nameEnd = -1;
        while (lexer.next()) {
            if ((lexer.is(BDC) || lexer.is(DP)) && nameStart >= 0 && content[nameStart] == '/') {
                named.add(latin1(content, nameStart + 1, nameEnd));
            }
            nameStart = lexer.start;
            nameEnd = lexer.end;
        }
        return named;
    }

    private static String latin1(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * @param content the content without its empty artifacts
     * @param dropped the property names the removed artifacts used
     * @param kept the property names the content still uses (a name may serve an empty and a painting artifact)
     */
    record Removal(byte[] content, Set<String> dropped, Set<String> kept) {
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The tokens of a content stream, as far as telling operators and names from strings and comments needs. */
    private static final class Lexer {

        private final byte[] bytes;
        private int position;
        int start;
        int end;

        Lexer(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Moves to the next token; false at the end. Strings, comments and dictionary brackets are tokens too. */
        boolean next() {
            while (position < bytes.length) {
                byte b = bytes[position];
                if (isWhitespace(b)) {
                    position++;
                } else if (b == '%') {
                    while (position < bytes.length && bytes[position] != '\n' && bytes[position] != '\r') {
                        position++;
                    }
                } else {
                    break;
                }
            }
            if (position >= bytes.length) {
                return false;
            }
            start = position;
            byte b = bytes[position];
            if (b == '(') {
                skipLiteralString();
            } else if (b == '<' && position + 1 < bytes.length && bytes[position + 1] == '<'
                    || b == '>' && position + 1 < bytes.length && bytes[position + 1] == '>') {
                position += 2;
            } else if (b == '<') {
                while (position < bytes.length && bytes[position] != '>') {
                    position++;
                }
                position = Math.min(bytes.length, position + 1);
            } else if (b == '/') {
                position++;
                skipRegular();
            } else if (isDelimiter(b)) {
                position++;
            } else {
                skipRegular();
            }
            end = position;
            return true;
        }

        private void skipLiteralString() {
            int depth = 0;
            while (position < bytes.length) {
                byte b = bytes[position++];
                if (b == '\\') {
                    position++;
                } else if (b == '(') {
                    depth++;
                } else if (b == ')' && --depth == 0) {
                    return;
                }
            }
        }

        private void skipRegular() {
            while (position < bytes.length && !isWhitespace(bytes[position]) && !isDelimiter(bytes[position])) {
                position++;
            }
        }

        boolean is(byte[] token) {
            return at(start, end, token);
        }

        boolean at(int from, int to, byte[] token) {
            if (to - from != token.length) {
                return false;
            }
            for (int i = 0; i < token.length; i++) {
                if (bytes[from + i] != token[i]) {
                    return false;
                }
            }
            return true;
        }

        static boolean isWhitespace(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
        }

        static boolean isDelimiter(byte b) {
            return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                    || b == '/' || b == '%';
        }
    }
}
