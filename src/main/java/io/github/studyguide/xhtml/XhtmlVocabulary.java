package io.github.studyguide.xhtml;

import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Map;
import java.util.Set;

/**
 * The elements and attributes of XHTML 1.1 that lessons may use, which is what EPUB 2 readers and EPUBCheck accept.
 * Raw HTML in a lesson that goes beyond it (HTML5 elements such as {@code <section>} or {@code <details>},
 * {@code data-} attributes) is reduced to it: unknown elements give way to their content, unknown attributes are
 * dropped. Script-capable elements are removed with their content before this applies.
 *
 * <p>jsoup's {@link Cleaner} does the reduction, from a {@link Safelist} built of these tables: it copies what the
 * list allows and lets a disallowed element's children take its place, which is the reduction described. No
 * protocols are set, so that links keep the values the references step already resolved.
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

    /** Immutable once built, and jsoup's Cleaner only reads it: one list serves every thread. */
    private static final Safelist SAFELIST = safelist();

    private XhtmlVocabulary() {
    }

    /** A new document with the body of {@code doc} reduced to the vocabulary; {@code doc} is left as it was. */
    static Document reduce(Document doc) {
        return new Cleaner(SAFELIST).clean(doc);
    }

    private static Safelist safelist() {
        Safelist safelist = Safelist.none().addTags(ELEMENTS.toArray(String[]::new))
                .addAttributes(":all", COMMON_ATTRIBUTES.toArray(String[]::new));
        ELEMENT_ATTRIBUTES.forEach((element, attributes) ->
                safelist.addAttributes(element, attributes.toArray(String[]::new)));
        return safelist;
    }
}
