package io.github.studyguide.xhtml;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The levels a lesson's headings get in the guide: the first goes right below the lesson's title, and each one after
 * is one level below the heading it nests under, or level with the one it follows. So the levels never skip, as
 * PDF/UA requires (veraPDF's rule 7.4.2: "Heading level 3 is skipped") and as screen readers expect, whatever levels
 * the author used: many lessons open with {@code ### Title}, which the guide drops since it repeats the title, and
 * go on with {@code ####}. What nests under what stays as the author wrote it: a heading nests under the nearest
 * heading before it whose level the author wrote smaller.
 */
final class HeadingLevels {

    private static final int DEEPEST = 6;

    private HeadingLevels() {
    }

    /**
     * @param authored the author's heading levels, 1 to 6, in the order of the text
     * @param top the level of a heading that nests under nothing in the lesson
     * @return the levels in the guide, one for each authored level
     */
    static int[] close(int[] authored, int top) {
        int[] placed = new int[authored.length];
        // The open headings, innermost first: the author's level and the level it got.
        Deque<int[]> open = new ArrayDeque<>();
        for (int i = 0; i < authored.length; i++) {
            while (!open.isEmpty() && open.peek()[0] >= authored[i]) {
                open.pop();
            }
            placed[i] = open.isEmpty() ? top : Math.min(DEEPEST, open.peek()[1] + 1);
            open.push(new int[] {authored[i], placed[i]});
        }
        return placed;
    }
}
