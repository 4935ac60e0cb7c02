package io.github.studyguide.aids;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A heading's section, as Markdown authors write one: the heading and what follows it, up to the next heading of
 * the same or a higher level. Study aids that open with a heading ("Exam Tips", "Exercise 2") become boxes this way.
 */
final class HeadingSections {

    private HeadingSections() {
    }

    /**
     * Wraps the heading and its following siblings in a {@code div} of the given class.
     *
     * @param standsAlone an element that ends the section although it is no heading (another aid's own box)
     */
    static void wrap(Element heading, String cssClass, Predicate<Element> standsAlone) {
        int level = level(heading);
        List<Node> content = new ArrayList<>();
        for (Node next = heading.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof Element element
                    && (element.normalName().matches("h[1-6]") && level(element) <= level || standsAlone.test(element))) {
                break;
            }
            content.add(next);
        }
        Element box = new Element("div").addClass(cssClass);
        heading.before(box);
        box.appendChild(heading);
        content.forEach(box::appendChild);
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }
}
