package io.github.studyguide.internal;

/** Counting in text, where a file's line numbers are derived from offsets. */
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
}
