package io.github.studyguide.epub;

import io.github.studyguide.xhtml.XmlText;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a rendered fragment, written in the XHTML 1.1 vocabulary both writers share, into the HTML5 that EPUB 3
 * content documents are: the elements and table attributes HTML5 made obsolete become their CSS or HTML5
 * equivalents (EPUBCheck rejects them), and footnotes are marked as notes with {@code epub:type} and ARIA roles, so
 * that e-readers can show a note in a pop-up and screen readers announce it.
 */
final class Html5Markup {

    /** A start or end tag of an element whose markup changes; jsoup writes attributes with double quotes. */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(tt|big|acronym|img|table|thead|tbody|tfoot|tr|td|th|col|colgroup)\\b([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z:-]+)=\"([^\"]*)\"");
    /** Table attributes HTML5 dropped whose effect CSS keeps, with the CSS property. */
    private static final Map<String, String> AS_STYLE = Map.of(
            "align", "text-align", "valign", "vertical-align", "width", "width");
    /** Table attributes HTML5 dropped that only describe, or that an e-reader's style sheet decides. */
    private static final Set<String> DROPPED = Set.of(
            "summary", "border", "cellpadding", "cellspacing", "frame", "rules", "axis");
    /** Attributes HTML5 keeps on header cells only. */
    private static final Set<String> HEADER_CELL_ONLY = Set.of("abbr", "scope");
    private static final Pattern LENGTH = Pattern.compile("\\d+(\\.\\d+)?%?");

    private static final Pattern FOOTNOTES = Pattern.compile("<div class=\"footnotes\"");
    private static final Pattern NOTE_REF = Pattern.compile("<a class=\"footnote-ref\"");
    private static final Pattern BACK_LINK = Pattern.compile("<a class=\"footnote-backref\"");

    private Html5Markup() {
    }

    static String of(String fragment) {
        String html5 = XmlText.replaceAll(fragment, "<", TAG, Html5Markup::tag);
        if (!html5.contains("footnote")) {
            return html5;
        }
        // Lesson notes are collected at the lesson's end, so they are endnotes: marked on the list's container
        // only, since DPUB-ARIA 1.1 deprecated the doc-endnote role and EPUB 3.3 the endnote type of its items.
        html5 = XmlText.replaceAll(html5, "<div", FOOTNOTES, match ->
                "<div class=\"footnotes\" epub:type=\"endnotes\" role=\"doc-endnotes\"");
        html5 = XmlText.replaceAll(html5, "<a", NOTE_REF, match ->
                match.group() + " epub:type=\"noteref\" role=\"doc-noteref\"");
        return XmlText.replaceAll(html5, "<a", BACK_LINK, match -> match.group() + " role=\"doc-backlink\"");
    }

    private static String tag(MatchResult match) {
        String close = match.group(1);
        String name = match.group(2);
        switch (name) {
            case "tt":
                return "<" + close + "code" + match.group(3) + match.group(4) + ">";
            case "acronym":
                return "<" + close + "abbr" + match.group(3) + match.group(4) + ">";
            case "big":
                return close.isEmpty() ? "<span class=\"big\"" + withoutClass(match.group(3)) + match.group(4) + ">"
                        : "</span>";
            case "img":
                return "<img" + imageSize(match.group(3)) + match.group(4) + ">";
            default:
                return close.isEmpty() ? "<" + name + tableAttributes(name, match.group(3)) + match.group(4) + ">"
                        : match.group();
        }
    }

    /** A big element's attributes without its class, which the span's class replaces. */
    private static String withoutClass(String attributes) {
        return attributes.replaceFirst("\\sclass=\"[^\"]*\"", "");
    }

    /**
     * An image's attributes with a width or height that is not a number of pixels ({@code width="50%"}, valid in
     * XHTML 1.1, not in HTML5) moved to its style.
     */
    private static String imageSize(String attributes) {
        if (!attributes.contains("width=\"") && !attributes.contains("height=\"")) {
            return attributes;
        }
        StringBuilder style = new StringBuilder();
        StringBuilder kept = new StringBuilder();
        String existing = "";
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1);
            String value = attribute.group(2).trim().toLowerCase(Locale.ROOT);
            if ((name.equals("width") || name.equals("height")) && !value.matches("\\d+")) {
                if (value.matches("[0-9.]+(%|px|em|rem)?")) {
                    style.append(name).append(": ").append(value).append("; ");
                }
            } else if (name.equals("style")) {
                existing = attribute.group(2);
            } else {
                kept.append(attribute.group());
            }
        }
        String merged = (style + existing).strip();
        return (merged.isEmpty() ? kept.toString() : kept + " style=\"" + merged + "\"") + trailingSpace(attributes);
    }

    private static String tableAttributes(String element, String attributes) {
        if (attributes.isBlank()) {
            return attributes;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        StringBuilder style = new StringBuilder();
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = attribute.group(2);
            String property = AS_STYLE.get(name);
            if (property != null) {
                String css = value.trim().toLowerCase(Locale.ROOT);
                if (property.equals("width") && LENGTH.matcher(css).matches() && !css.endsWith("%")) {
                    css += "px";
                }
                // Only plain keywords and lengths: a value is copied into CSS, where anything else could inject rules.
                if (css.matches("[a-z0-9.%-]+")) {
                    style.append(property).append(": ").append(css).append("; ");
                }
            } else if (!DROPPED.contains(name) && (element.equals("th") || !HEADER_CELL_ONLY.contains(name))) {
                kept.put(name, value);
            }
        }
        if (!style.isEmpty()) {
            String existing = kept.getOrDefault("style", "").strip();
            kept.put("style", (style + existing).strip());
        }
        StringBuilder out = new StringBuilder();
        kept.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        return out.append(trailingSpace(attributes)).toString();
    }

    /** The space before {@code />}, kept so that rewritten tags look as jsoup writes them. */
    private static String trailingSpace(String attributes) {
        return attributes.endsWith(" ") ? " " : "";
    }
}
