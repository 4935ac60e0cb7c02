package io.github.studyguide.internal;

/** Counting in text: line numbers derived from offsets, and counts of things written out. */
public final class Text {

    private Text() {
    }

    /** How many line feeds stand before {@code end}: add it to the line {@code text} starts on. */
    public static int lineFeedsBefore(CharSequence text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** A count with its noun, plural unless the count is one: "1 lesson", "3 lessons". */
    public static String count(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
