package io.github.studyguide.callouts;

import io.github.studyguide.markdown.DialectProblems;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]}, in any case and alone on its line, becomes a call-out of that kind for
 * {@link DivLooks}. As on GitHub, anything else stays a quote: another word ({@code [!FOO]}), the marker on a later
 * line, or text after it on the same line ({@link DialectProblems} warns about the last two kinds of near miss).
 * flexmark has no extension for alerts; the marker reaches the HTML as text.
 */
public final class GithubAlerts {

    /** The marker as it opens the quote's first paragraph, with the line break after it. */
    static final Pattern MARKER = Pattern.compile("\\A[ \\t]*\\[!([A-Za-z]+)\\][ \\t]*(\\n|\\z)");

    private GithubAlerts() {
    }

    public static void mark(Element body) {
        for (Element quote : body.select("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.normalName().equals("p") || first.childNodeSize() == 0
                    || !(first.childNode(0) instanceof TextNode text)) {
                continue;
            }
            Matcher marker = MARKER.matcher(text.getWholeText());
            Optional<Callout.Kind> kind = marker.find() ? Callout.Kind.named(marker.group(1)) : Optional.empty();
            if (kind.isEmpty() || !onlyContentBefore(quote, first)) {
                continue;
            }
            text.text(text.getWholeText().substring(marker.end()));
            if (first.text().isBlank() && first.children().isEmpty()) {
                first.remove();
            }
            quote.tagName("div");
            quote.attr(DivLooks.CALLOUT_ATTRIBUTE, kind.get().name());
            quote.removeAttr("cite");
        }
    }

    /** Whether nothing but white space stands before the paragraph in the quote. */
    private static boolean onlyContentBefore(Element quote, Element paragraph) {
        for (Node child : quote.childNodes()) {
            if (child == paragraph) {
                return true;
            }
            if (!(child instanceof TextNode text) || !text.isBlank()) {
                return false;
            }
        }
        return false;
    }
}
