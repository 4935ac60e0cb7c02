package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.PageSize;
import io.github.studyguide.html.RenderedCourse;
import io.github.studyguide.html.RenderedLesson;
import io.github.studyguide.html.RenderedSection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.github.studyguide.html.XmlText.escape;

/**
 * Lays out the single XHTML document that openhtmltopdf turns into the PDF: title page, table of contents (page
 * numbers filled in by CSS {@code target-counter}), bookmarks, then each section and its lessons. Rendered fragments
 * are embedded verbatim; only the text this class adds is escaped here.
 */
final class PdfDocumentComposer {

    private static final String STYLESHEET = loadStylesheet();

    String compose(GuideInfo info, PageSize pageSize, List<RenderedSection> sections) {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(info.language()))
                .append("\" xml:lang=\"").append(escape(info.language())).append("\">\n<head>\n")
                .append("<title>").append(escape(info.title())).append("</title>\n");
        info.author().ifPresent(author -> html.append("<meta name=\"author\" content=\"").append(escape(author)).append("\"/>\n"));
        html.append("<style>\n@page { size: ").append(pageSize.cssName()).append("; }\n")
                .append(STYLESHEET).append("</style>\n");
        appendBookmarks(html, sections);
        html.append("</head>\n<body>\n");
        appendTitlePage(html, info);
        appendContents(html, sections);
        for (RenderedSection section : sections) {
            html.append("<div class=\"section\">\n<div class=\"running-header\">")
                    .append(escape(section.section().heading())).append("</div>\n")
                    .append(section.openingXhtml()).append('\n');
            for (RenderedLesson lesson : section.lessons()) {
                html.append("<div class=\"lesson\">\n").append(lesson.xhtml()).append("\n</div>\n");
            }
            html.append("</div>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    String compose(GuideInfo info, PageSize pageSize, RenderedCourse course) {
        return compose(info, pageSize, course.sections());
    }

    private static void appendBookmarks(StringBuilder html, List<RenderedSection> sections) {
        html.append("<bookmarks>\n");
        for (RenderedSection section : sections) {
            html.append("<bookmark name=\"").append(escape(section.section().heading())).append("\" href=\"#")
                    .append(section.section().anchorId()).append("\">\n");
            for (RenderedLesson lesson : section.lessons()) {
                html.append("<bookmark name=\"").append(escape(lesson.lesson().title())).append("\" href=\"#")
                        .append(lesson.lesson().anchorId()).append("\"/>\n");
            }
            html.append("</bookmark>\n");
        }
        html.append("</bookmarks>\n");
    }

    private static void appendTitlePage(StringBuilder html, GuideInfo info) {
        html.append("<div class=\"title-page\">\n")
                .append("<p class=\"guide-title\">").append(escape(info.title())).append("</p>\n");
        info.author().ifPresent(author -> html.append("<p class=\"guide-author\">").append(escape(author)).append("</p>\n"));
        info.version().ifPresent(version -> html.append("<p class=\"guide-version\">Version ").append(escape(version)).append("</p>\n"));
        html.append("<p class=\"guide-date\">").append(escape(info.displayDate())).append("</p>\n</div>\n");
    }

    private static void appendContents(StringBuilder html, List<RenderedSection> sections) {
        html.append("<div class=\"toc\">\n<p class=\"toc-title\">Contents</p>\n<ul>\n");
        for (RenderedSection section : sections) {
            html.append("<li class=\"toc-section\"><a href=\"#").append(section.section().anchorId()).append("\">")
                    .append(escape(section.section().heading())).append("</a>\n<ul>\n");
            for (RenderedLesson lesson : section.lessons()) {
                html.append("<li class=\"toc-lesson\"><a href=\"#").append(lesson.lesson().anchorId()).append("\">")
                        .append(escape(lesson.lesson().title())).append("</a></li>\n");
            }
            html.append("</ul>\n</li>\n");
        }
        html.append("</ul>\n</div>\n");
    }

    private static String loadStylesheet() {
        try (InputStream in = PdfDocumentComposer.class.getResourceAsStream("guide.css")) {
            if (in == null) {
                throw new IllegalStateException("guide.css is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
