package io.github.studyguide.callouts;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Locale;
import java.util.Optional;

/**
 * A call-out box, the one shape that GitHub alerts, MkDocs admonitions and fenced divs of a known class share in both
 * guides: {@code <div class="callout callout-note"><p class="callout-title">Note</p>...</div>}, coloured by
 * the guides' style sheets per kind.
 */
public final class Callout {

    static final String CSS_CLASS = "callout";
    static final String TITLE_CLASS = "callout-title";

    /** The five kinds GitHub knows, each with its colour, and the neutral one for any other word. */
    public enum Kind {
        NOTE, TIP, IMPORTANT, WARNING, CAUTION, NEUTRAL;

        /** The class that gives the kind its colour: {@code callout-note}. */
        String cssClass() {
            return "callout-" + name().toLowerCase(Locale.ROOT);
        }

        /** One of the five named kinds (any case), or empty; "neutral" is not a word authors write. */
        public static Optional<Kind> named(String word) {
            for (Kind kind : values()) {
                if (kind != NEUTRAL && kind.name().equalsIgnoreCase(word.strip())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private Callout() {
    }

    /** The title MkDocs gives an admonition without one: its word, capitalized as Python does ({@code DANGER} → "Danger"). */
    public static String defaultTitle(String word) {
        String trimmed = word.strip();
        return trimmed.isEmpty() ? ""
                : trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Turns {@code box} into a call-out of {@code kind}. The title goes first, unless it is empty or the box opens
     * with a heading of its own (as Carpentries and Quarto call-outs do), which then serves as the title.
     */
    public static void dress(Element box, Kind kind, String title) {
        box.tagName("div");
        box.addClass(CSS_CLASS).addClass(kind.cssClass());
        Node first = firstContent(box);
        boolean headed = first instanceof Element element && element.normalName().matches("h[1-6]");
        if (!title.isBlank() && !headed) {
            box.prependChild(new Element("p").addClass(TITLE_CLASS).text(title.strip()));
        } else if (headed) {
            ((Element) first).addClass(TITLE_CLASS);
        }
    }

    private static Node firstContent(Element element) {
        for (Node child : element.childNodes()) {
            if (!(child instanceof TextNode text) || !text.isBlank()) {
                return child;
            }
        }
        return null;
    }
}
