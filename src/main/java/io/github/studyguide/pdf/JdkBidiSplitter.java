package io.github.studyguide.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

import java.text.Bidi;

/**
 * Splits a paragraph into runs of one direction by the Unicode bidirectional algorithm, as the JDK implements it
 * ({@link java.text.Bidi}), for openhtmltopdf: its own splitter leaves every paragraph one left-to-right run, and
 * its RTL module (ICU) has no release for the openhtmltopdf we use. An Arabic sentence with "Docker 2.0" in it is
 * then three runs, the Latin word and the number kept in their order inside the right-to-left text. One splitter
 * per paragraph, on one thread; the factory is thread-safe.
 */
final class JdkBidiSplitter implements BidiSplitter {

    /** Makes a splitter for each paragraph. */
    static final BidiSplitterFactory FACTORY = JdkBidiSplitter::new;

    /** The paragraph's runs; {@code null} for a left-to-right paragraph without right-to-left text: one run. */
    private Bidi bidi;
    private int length;

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
        length = paragraph.length();
        // Most paragraphs of most guides are one left-to-right run: no need to run the algorithm over them.
        bidi = defaultDirection == LTR && !hasRightToLeft(paragraph) ? null
                : new Bidi(paragraph, defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    }

    /**
     * Whether a document needs the bidirectional algorithm: it has a right-to-left character or an element marked
     * {@code dir="rtl"}. Only then is this splitter given to openhtmltopdf, since with a working reorderer it
     * collects every text node of every block into paragraphs, a cost an English guide need not pay.
     */
    static boolean isNeededFor(String html) {
        return html.contains("dir=\"rtl\"") || hasRightToLeft(html);
    }

    /** Whether any character is a strong right-to-left one, or a control that may open right-to-left text. */
    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            // Below Hebrew, the first right-to-left script, no character is one (the controls are above it too).
            if (text.charAt(i) >= '\u0590') {
                switch (Character.getDirectionality(text.charAt(i))) {
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                            Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                            Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> {
                        return true;
                    }
                    default -> {
                    }
                }
            }
        }
        return false;
    }

    @Override
    public int countTextRuns() {
        return bidi == null ? 1 : bidi.getRunCount();
    }

    /**
     * The run at {@code runIndex} in logical order: openhtmltopdf files the runs by where they start in the
     * paragraph and orders them on the line itself, so the order they are handed over in does not matter. An odd
     * embedding level is right to left.
     */
    @Override
    public BidiTextRun getVisualRun(int runIndex) {
        if (bidi == null) {
            return new BidiTextRun(0, length, LTR);
        }
        int start = bidi.getRunStart(runIndex);
        return new BidiTextRun(start, bidi.getRunLimit(runIndex) - start,
                (bidi.getRunLevel(runIndex) & 1) == 1 ? RTL : LTR);
    }

    /** The direction of the paragraph's first strong character, as {@code dir="auto"} asks; neutral without one. */
    @Override
    public byte getBaseDirection(String paragraph) {
        for (int i = 0; i < paragraph.length(); ) {
            int c = paragraph.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LTR;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RTL;
                default:
                    i += Character.charCount(c);
            }
        }
        return NEUTRAL;
    }
}
