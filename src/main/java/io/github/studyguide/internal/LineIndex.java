package io.github.studyguide.internal;

import java.util.Arrays;

/**
 * The line of any offset in a text, from one pass over it. Asking flexmark for a node's line counts the line feeds
 * from the start of the document every time, which for a lesson of 60,000 linked paragraphs took minutes; this
 * answers each question with a binary search. Immutable, so thread-safe.
 */
public final class LineIndex {

    /** The offset where each line after the first starts, in order. */
    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[64];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** The line {@code offset} is on, counted from 0: how many line feeds stand before it. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        // Found: the offset starts a line, after found + 1 line feeds. Not found: the insertion point counts them.
        return found >= 0 ? found + 1 : -found - 1;
    }
}
