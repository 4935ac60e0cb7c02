package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.PageBreaks;
import io.github.studyguide.i18n.TextDirection;
import io.github.studyguide.internal.Resources;
import io.github.studyguide.render.Outline;
import io.github.studyguide.render.RenderedSection;
import io.github.studyguide.xhtml.SharedStyles;

import java.util.List;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * Lays out the XHTML documents that openhtmltopdf turns into parts of the PDF: the front matter (title page and
 * table of contents, with page numbers already known) and chunks of consecutive sections, which render
 * independently and in parallel. Rendered fragments are embedded verbatim; only the text this class adds is escaped.
 */
final class PdfDocumentComposer {

    private static final String STYLESHEET = Resources.text(PdfDocumentComposer.class, "guide.css") + SharedStyles.CSS;

    /** Prints the URL after a web link's text; links whose text is the URL already are not marked (XhtmlNormalizer). */
    private static final String LINK_URLS =
            "a.web-link::after { content: \" (\" attr(href) \")\"; font-size: 0.85em; color: #555555; }\n";

    /**
     * Book margins for printing on both sides: wider by the binding, which is on the left of a right-hand page. The
     * first page of every part is a right-hand page; {@link PdfGuideWriter} makes every part start on one.
     */
    private static final String DUPLEX = "@page :right { margin-left: 26mm; margin-right: 16mm; }\n"
            + "@page :left { margin-left: 16mm; margin-right: 26mm; }\n"
            + ".section + .section, .cover + .title-page, .toc { page-break-before: right; }\n";

    /**
     * Ignores the author's page breaks (pageBreaks=compact). Only the break goes: lessons, sections and appendices
     * start on a new page by their own rules, and the rules that keep things together stay.
     */
    private static final String COMPACT = ".page-break { page-break-after: auto; display: none; }\n";

    /**
     * The cover (if any), the title page and the table of contents. A right-to-left guide's front matter keeps a
     * left-to-right root: under any right-to-left ancestor, openhtmltopdf lays a contents line with a leader out
     * beyond the page's left edge (its text vanished). The title page and the contents' title are right to left
     * themselves; the contents lines run left to right, an Arabic title in them still reading right to left.
     */
    String front(GuideInfo info, PdfLayout layout, List<TocLine> contents) {
        boolean rtl = TextDirection.isRightToLeft(info.language());
        StringBuilder html = head(info, layout, false);
        layout.coverImage().ifPresent(cover -> html.append("<div class=\"cover\"><img src=\"")
                .append(escape(cover.toUri().toString())).append("\" alt=\"").append(escape(info.labels().cover())).append("\" /></div>\n"));
        html.append("<div class=\"title-page\"").append(rtl ? " dir=\"rtl\" style=\"direction: rtl\"" : "").append(">\n")
                .append("<p class=\"guide-title\">").append(escape(info.title())).append("</p>\n");
        info.author().ifPresent(author -> html.append("<p class=\"guide-author\">").append(escape(author)).append("</p>\n"));
        info.version().ifPresent(version -> html.append("<p class=\"guide-version\">").append(escape(info.labels().version()))
                .append(' ').append(escape(version)).append("</p>\n"));
        html.append("<p class=\"guide-date\">").append(escape(info.displayDate())).append("</p>\n</div>\n");
        html.append("<div class=\"toc\">\n<p class=\"toc-title\"").append(rtl ? direction("rtl") : "").append(">")
                .append(escape(info.labels().contents())).append("</p>\n");
        for (TocLine line : contents) {
            html.append("<p id=\"").append(line.lineId()).append("\" class=\"")
                    .append(line.section() ? "toc-section" : line.inLesson() ? "toc-lesson toc-opening" : "toc-lesson")
                    .append("\" data-page=\"").append(line.page())
                    .append("\">").append(escape(line.text())).append("</p>\n");
        }
        return html.append("</div>\n</body>\n</html>\n").toString();
    }

    /** The title page of a handout: the section first, then the guide it comes from. */
    String handoutFront(GuideInfo info, PdfLayout layout, String sectionHeading) {
        StringBuilder html = head(info, layout);
        html.append("<div class=\"title-page\">\n")
                .append("<p class=\"guide-title\">").append(escape(sectionHeading)).append("</p>\n")
                .append("<p class=\"guide-author\">").append(escape(info.title())).append("</p>\n");
        info.author().ifPresent(author -> html.append("<p class=\"guide-version\">").append(escape(author)).append("</p>\n"));
        info.version().ifPresent(version -> html.append("<p class=\"guide-version\">").append(escape(info.labels().version()))
                .append(' ').append(escape(version)).append("</p>\n"));
        html.append("<p class=\"guide-date\">").append(escape(info.displayDate())).append("</p>\n</div>\n");
        return html.append("</body>\n</html>\n").toString();
    }

    /** An appendix such as the cram sheet: one part starting on a new page, styled as a section. */
    String appendix(GuideInfo info, PdfLayout layout, String fragment) {
        return head(info, layout).append("<div class=\"section appendix\">\n").append(fragment)
                .append("\n</div>\n</body>\n</html>\n").toString();
    }

    /** Consecutive sections, each starting on a new page. */
    String chunk(GuideInfo info, PdfLayout layout, List<RenderedSection> sections) {
        StringBuilder html = head(info, layout);
        boolean inSection = false;
        for (Outline.Entry entry : Outline.of(sections, List.of(), info.labels())) {
            switch (entry.kind()) {
                case SECTION -> {
                    html.append(inSection ? "</div>\n" : "").append("<div class=\"section\">\n");
                    html.append(entry.xhtml(false)).append('\n');
                    inSection = true;
                }
                case LESSON -> html.append("<div class=\"lesson\"")
                        .append(entry.direction().map(PdfDocumentComposer::direction).orElse("")).append(">\n")
                        .append(entry.xhtml(false)).append("\n</div>\n");
                case ANSWER_KEY -> html.append("<div class=\"lesson answer-key\">\n").append(entry.xhtml(false))
                        .append("\n</div>\n");
                case APPENDIX -> throw new IllegalArgumentException("An appendix is a part of its own: " + entry.anchor());
                case OPENING -> {
                    // a place inside the lesson just written
                }
            }
        }
        return html.append(inSection ? "</div>\n" : "").append("</body>\n</html>\n").toString();
    }

    /**
     * The attributes that set an element's direction. openhtmltopdf orders a paragraph's runs by the CSS
     * {@code direction} property, not by the {@code dir} attribute, so both are given; {@code start} and {@code end}
     * alignment is not supported, so the alignment is given too.
     */
    private static String direction(String dir) {
        return " dir=\"" + dir + "\" style=\"direction: " + dir + "; text-align: " + (dir.equals("rtl") ? "right" : "left")
                + "\"";
    }

    private static StringBuilder head(GuideInfo info, PdfLayout layout) {
        return head(info, layout, TextDirection.isRightToLeft(info.language()));
    }

    /** The document's head; {@code rightToLeft}: its root is right to left, as a right-to-left guide's parts are. */
    private static StringBuilder head(GuideInfo info, PdfLayout layout, boolean rightToLeft) {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(info.language()))
                .append("\" xml:lang=\"").append(escape(info.language())).append("\"")
                .append(rightToLeft ? direction("rtl") : "").append(">\n<head>\n")
                .append("<title>").append(escape(info.title())).append("</title>\n")
                .append("<style>\n@page { size: ").append(layout.pageSize().cssName()).append("; }\n")
                .append(".cover img { max-width: none; width: ").append(layout.pageSize().cssWidth()).append("; }\n")
                .append(STYLESHEET)
                .append(ConfiguredFontStack.css(layout.fonts()))
                .append(layout.printLinkUrls() ? LINK_URLS : "")
                .append(layout.duplex() ? DUPLEX : "")
                .append(layout.pageBreaks() == PageBreaks.COMPACT ? COMPACT : "")
                .append("</style>\n</head>\n<body>\n");
        return html;
    }

}
