package io.github.studyguide.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;

import java.text.Bidi;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a right-to-left run into the left-to-right order PDFBox draws glyphs in, for openhtmltopdf: the characters
 * reversed, brackets mirrored (an opening parenthesis in Arabic text is drawn as ")"), and Arabic letters joined
 * ({@link ArabicShaper}).
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
        if (!JdkBidiSplitter.hasRightToLeft(text)) {
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

    /**
     * The run reversed, character by character (a surrogate pair kept whole), brackets mirrored. A mark goes before
     * its letter, as ICU's {@code Bidi.writeReverse} leaves it: the fonts draw a right-to-left mark, which has no
     * width, over the glyph that follows it on the line (checked with DejaVu Sans: kept after its letter, a fathatan
     * stood on the letter before), and PDFBox's extraction, reversing the line back, then puts it after its letter.
     */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder visual = new StringBuilder(text.length());
        for (int end = text.length(); end > 0; ) {
            int c = text.codePointBefore(end);
            visual.appendCodePoint(MIRRORED.getOrDefault(c, c));
            end -= Character.charCount(c);
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
}
