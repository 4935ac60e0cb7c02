package io.github.studyguide.aids;

import io.github.studyguide.i18n.Labels;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.render.RenderedSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * An appendix that gathers one kind of item from every lesson, grouped by section and lesson in reading order, each
 * group linking back to its lesson: the "Exam Tips" cram sheet, a sheet for the night before the exam, and the
 * "Key Points" of every lesson.
 */
public final class CramSheet implements Appendix {

    /** The Exam Tips appendix's anchor, for the contents, bookmarks and navigation. */
    public static final String ANCHOR = "exam-tips";
    public static final String TITLE = "Exam Tips";
    /** The Key Points appendix's anchor. */
    public static final String KEY_POINTS_ANCHOR = "key-points";

    private final List<RenderedSection> sections;
    private final String anchor;
    private final String title;
    /** What the ids of its lesson headings start with: {@code tips-s1-l2}. */
    private final String headingPrefix;
    /** The class of its lists, and the prefix of its headings' classes: {@code cram} gives {@code cram-lesson}. */
    private final String cssPrefix;
    private final Function<RenderedLesson, List<String>> items;
    /** For the sections' headings ("Section 7" in the guide's language). */
    private final Labels labels;

    private CramSheet(List<RenderedSection> sections, String anchor, String title, String headingPrefix,
            String cssPrefix, Function<RenderedLesson, List<String>> items, Labels labels) {
        this.labels = labels;
        this.sections = sections;
        this.anchor = anchor;
        this.title = title;
        this.headingPrefix = headingPrefix;
        this.cssPrefix = cssPrefix;
        this.items = items;
    }

    /** The course's cram sheet, or empty when no lesson has a tip. */
    public static Optional<CramSheet> of(List<RenderedSection> sections, Labels labels) {
        return of(new CramSheet(sections, ANCHOR, labels.examTips(), "tips-", "cram", RenderedLesson::examTips,
                labels));
    }

    /** The Key Points appendix, or empty when no lesson has key points. */
    public static Optional<CramSheet> keyPoints(List<RenderedSection> sections, Labels labels) {
        return of(new CramSheet(sections, KEY_POINTS_ANCHOR, labels.keyPoints(), "points-", "key-points",
                RenderedLesson::keyPoints, labels));
    }

    private static Optional<CramSheet> of(CramSheet sheet) {
        boolean any = sheet.sections.stream().flatMap(s -> s.lessons().stream()).anyMatch(l -> !sheet.items.apply(l).isEmpty());
        return any ? Optional.of(sheet) : Optional.empty();
    }

    @Override
    public String anchor() {
        return anchor;
    }

    @Override
    public String title() {
        return title;
    }

    /** Each lesson's heading in the cram sheet leads back to the lesson. */
    @Override
    public Map<String, String> backLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        sections.stream().flatMap(s -> s.lessons().stream()).filter(l -> !items.apply(l).isEmpty())
                .forEach(lesson -> links.put(headingPrefix + lesson.lesson().anchorId(), lesson.lesson().anchorId()));
        return links;
    }

    @Override
    public String xhtml(boolean linked) {
        StringBuilder html = new StringBuilder("<h1 class=\"section-title\" id=\"" + anchor + "\">" + escape(title) + "</h1>\n");
        for (RenderedSection section : sections) {
            List<RenderedLesson> withItems = section.lessons().stream().filter(l -> !items.apply(l).isEmpty()).toList();
            if (withItems.isEmpty()) {
                continue;
            }
            html.append("<h2 class=\"").append(cssPrefix).append("-section\">").append(escape(section.section().heading(labels)))
                    .append("</h2>\n");
            for (RenderedLesson lesson : withItems) {
                String lessonAnchor = lesson.lesson().anchorId();
                String lessonTitle = escape(lesson.title());
                html.append("<h3 class=\"").append(cssPrefix).append("-lesson\" id=\"").append(headingPrefix)
                        .append(lessonAnchor).append("\">")
                        .append(linked ? "<a href=\"#" + lessonAnchor + "\">" + lessonTitle + "</a>" : lessonTitle)
                        .append("</h3>\n");
                appendItems(html, items.apply(lesson), cssPrefix.equals("cram") ? "cram-tips" : cssPrefix + "-list");
            }
        }
        return html.toString();
    }

    /** Consecutive list items share one list; tip sections stand on their own. */
    private static void appendItems(StringBuilder html, List<String> tips, String listClass) {
        List<String> items = new ArrayList<>();
        for (String tip : tips) {
            if (tip.startsWith("<li")) {
                items.add(tip);
            } else {
                flush(html, items, listClass);
                html.append(tip).append('\n');
            }
        }
        flush(html, items, listClass);
    }

    private static void flush(StringBuilder html, List<String> items, String listClass) {
        if (!items.isEmpty()) {
            html.append("<ul class=\"").append(listClass).append("\">\n").append(String.join("\n", items))
                    .append("\n</ul>\n");
            items.clear();
        }
    }
}
