package io.github.studyguide.xhtml;

import org.jsoup.nodes.Element;

/**
 * What directives leave in a lesson's XHTML ({@code <!-- pagebreak -->} becomes {@code div.page-break}), and the
 * rule that keeps them in the lesson's flow: they act where the author put them, never in the answer key, the cram
 * sheet or any other appendix made from copies of the lesson, and never inside a block that is kept whole. Real
 * quizzes put a page break indented into their last option, and the answer key copied it into a {@code span}:
 * invalid XHTML (EPUBCheck RSC-005) and a page break in the middle of the key.
 */
public final class DirectiveMarks {

    /** Every element a directive produces; a new directive adds its class here. */
    private static final String SELECTOR = "div.page-break";

    private DirectiveMarks() {
    }

    /** Removes every directive's mark from a copy that goes into an appendix. */
    public static <T extends Element> T removeFrom(T copy) {
        copy.select(SELECTOR).remove();
        return copy;
    }

    /**
     * Moves the directives' marks inside {@code block} (a quiz question, kept on one page) to right after it, in
     * their order: what the author asked for still happens, after the block instead of within it.
     */
    public static void moveAfter(Element block) {
        Element last = block;
        for (Element mark : block.select(SELECTOR)) {
            mark.remove();
            last.after(mark);
            last = mark;
        }
    }
}
