package io.github.studyguide.epub;

import io.documentnode.epub4j.domain.TOCReference;

import java.util.List;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * The EPUB 3 navigation document: the table of contents as nested lists (section, then its lessons and answer
 * key; then the appendices), which reading systems and screen readers use to move through the book, and the
 * landmarks. It is also a page of the book, after the title page, so that it needs a heading of its own.
 */
final class NavDocument {

    /** Where it lies, relative to the package document; its links are relative to the same folder. */
    static final String HREF = "nav.xhtml";
    static final String ID = "toc";

    private NavDocument() {
    }

    static String of(String language, String title, String landmarksTitle, String stylesheetHref,
            List<TOCReference> toc, List<Landmark> landmarks) {
        StringBuilder nav = new StringBuilder(256 + 128 * toc.size());
        nav.append("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"").append(ID).append("\" aria-labelledby=\"toc-title\">\n")
                .append("<h1 id=\"toc-title\">").append(escape(title)).append("</h1>\n");
        entries(toc, nav);
        // Reading systems show landmarks in their own menus; on the page they would repeat the contents.
        nav.append("</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\" aria-label=\"")
                .append(escape(landmarksTitle)).append("\">\n<ol>\n");
        for (Landmark landmark : landmarks) {
            nav.append("<li><a epub:type=\"").append(landmark.type()).append("\" href=\"")
                    .append(escape(landmark.href())).append("\">").append(escape(landmark.title())).append("</a></li>\n");
        }
        nav.append("</ol>\n</nav>");
        return ContentDocument.of(language, title, stylesheetHref, nav.toString());
    }

    private static void entries(List<TOCReference> references, StringBuilder nav) {
        nav.append("<ol>\n");
        for (TOCReference reference : references) {
            nav.append("<li><a href=\"").append(escape(reference.getCompleteHref())).append("\">")
                    .append(escape(reference.getTitle())).append("</a>");
            if (!reference.getChildren().isEmpty()) {
                nav.append('\n');
                entries(reference.getChildren(), nav);
            }
            nav.append("</li>\n");
        }
        nav.append("</ol>\n");
    }
}
