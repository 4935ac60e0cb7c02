package io.github.studyguide.html;

import org.jsoup.nodes.Element;

/**
 * Marks the headings inside fenced divs and admonitions, so that the lesson's outline is decided by the headings
 * outside them. Carpentries lessons title each challenge, solution and call-out box with {@code ##} while their
 * own sections use {@code ###}: taken together, the sections would sit two levels below the lesson's title, and
 * PDF/UA forbids skipping a level (veraPDF rule 7.4.2). A boxed heading is shifted with the others but never rises
 * to the lesson title's level or above.
 */
final class BoxedHeadings {

    private static final String MARK = "boxed-heading";

    private BoxedHeadings() {
    }

    /** Marks the headings in fenced divs and admonitions; run before {@link DivLooks} consumes their markers. */
    static void mark(Element body) {
        for (Element box : body.select("div[" + FencedDivs.CLASSES_ATTRIBUTE + "], div[" + DivLooks.CALLOUT_ATTRIBUTE
                + "]")) {
            box.select("h1, h2, h3, h4, h5, h6").addClass(MARK);
        }
    }

    static boolean isBoxed(Element heading) {
        return heading.hasClass(MARK);
    }

    static void unmark(Element heading) {
        heading.removeClass(MARK);
        if (heading.className().isEmpty()) {
            heading.removeAttr("class");
        }
    }
}
