package io.github.studyguide.xhtml;

import java.util.Map;
import java.util.Set;

/**
 * The elements and attributes of XHTML 1.1 that lessons may use, which is what EPUB 2 readers and EPUBCheck accept.
 * Raw HTML in a lesson that goes beyond it (HTML5 elements such as {@code <section>} or {@code <details>},
 * {@code data-} attributes) is reduced to it: unknown elements give way to their content, unknown attributes are
 * dropped. Script-capable elements are removed with their content before this applies.
 */
final class XhtmlVocabulary {

    private static final Set<String> ELEMENTS = Set.of(
            "a", "abbr", "acronym", "address", "b", "big", "blockquote", "br", "caption", "cite", "code", "col",
            "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
            "img", "ins", "kbd", "li", "ol", "p", "pre", "q", "samp", "small", "span", "strong", "sub", "sup",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "ul", "var");

    private static final Set<String> COMMON_ATTRIBUTES = Set.of("id", "class", "title", "style", "dir");

    private static final Map<String, Set<String>> ELEMENT_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href")),
            Map.entry("img", Set.of("src", "alt", "width", "height")),
            // start is not XHTML 1.1, but the PDF numbers lists with it; the EPUB writer drops it.
            Map.entry("ol", Set.of("start")),
            Map.entry("td", Set.of("colspan", "rowspan", "align", "valign", "abbr", "axis", "headers", "scope")),
            Map.entry("th", Set.of("colspan", "rowspan", "align", "valign", "abbr", "axis", "headers", "scope")),
            Map.entry("tr", Set.of("align", "valign")),
            Map.entry("thead", Set.of("align", "valign")),
            Map.entry("tbody", Set.of("align", "valign")),
            Map.entry("tfoot", Set.of("align", "valign")),
            Map.entry("col", Set.of("span", "width", "align", "valign")),
            Map.entry("colgroup", Set.of("span", "width", "align", "valign")),
            Map.entry("table", Set.of("summary", "width", "border", "cellpadding", "cellspacing", "frame", "rules")),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("q", Set.of("cite")),
            Map.entry("del", Set.of("cite", "datetime")),
            Map.entry("ins", Set.of("cite", "datetime")));

    private XhtmlVocabulary() {
    }

    static boolean isElement(String name) {
        return ELEMENTS.contains(name);
    }

    static boolean isAttribute(String element, String attribute) {
        return COMMON_ATTRIBUTES.contains(attribute)
                || ELEMENT_ATTRIBUTES.getOrDefault(element, Set.of()).contains(attribute);
    }
}
