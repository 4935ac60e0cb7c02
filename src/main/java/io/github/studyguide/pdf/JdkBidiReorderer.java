package io.github.studyguide.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;

import java.text.Bidi;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a right-to-left run into the left-to-right order PDFBox draws glyphs in, for openhtmltopdf: the characters
 * reversed, a base character kept before its marks (an Arabic vowel sign stays on its letter), brackets mirrored
 * (an opening parenthesis in Arabic text is drawn as ")"), and Arabic letters joined ({@link ArabicShaper}).
 * Stateless and thread-safe.
 */
final class JdkBidiReorderer implements BidiReorderer {

    static final JdkBidiReorderer INSTANCE = new JdkBidiReorderer();

    /** The characters whose glyph is mirrored in right-to-left text and that have a mirror image to draw. */
    private static final Map<Integer, Integer> MIRRORED = mirrors("()[]{}<>«»‹›⁅⁆⁽⁾₍₎≤≥≦≧⟨⟩⟦⟧〈〉《》「」『』【】");

    private JdkBidiReorderer() {
    }

    private static Map<Integer, Integer> mirrors(String pairs) {
        Map<Integer, Integer> mirrors = new HashMap<>();
        int[] points = pairs.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i += 2) {
            mirrors.put(points[i], points[i + 1]);
            mirrors.put(points[i + 1], points[i]);
        }
        return Map.copyOf(mirrors);
    }

    /**
     * A line drawn outside openhtmltopdf (a running header), in the order its glyphs are drawn from left to right:
     * its runs ordered by the bidirectional algorithm, the base direction its first strong character's, each
     * right-to-left run reversed and shaped. A line without right-to-left text is returned as it is.
     */
    static String visualLine(String text) {
        if (!JdkBidiSplitter.mayHoldRightToLeft(text)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = (levels[i] & 1) == 1 ? INSTANCE.reorderRTLTextToLTR(ArabicShaper.shape(run)) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder visual = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            // One cluster, from its base character to its last mark, taken from the end.
            int start = end;
            int c;
            do {
                c = text.codePointBefore(start);
                start -= Character.charCount(c);
            } while (start > 0 && isMark(c));
            int base = text.codePointAt(start);
            visual.appendCodePoint(MIRRORED.getOrDefault(base, base));
            visual.append(text, start + Character.charCount(base), end);
            end = start;
        }
        return visual.toString();
    }

    @Override
    public String shapeText(String text) {
        return ArabicShaper.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return ArabicShaper.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
