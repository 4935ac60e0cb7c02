package io.github.studyguide.aids;

import io.github.studyguide.i18n.Labels;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.render.RenderedSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * The "Exam Tips" appendix: every exam tip of the course, grouped by section and lesson in reading order, each
 * group linking back to its lesson. A cram sheet for the night before the exam.
 */
public final class CramSheet implements Appendix {

    /** The appendix's anchor, for the contents, bookmarks and navigation. */
    public static final String ANCHOR = "exam-tips";
    public static final String TITLE = "Exam Tips";

    private final List<RenderedSection> sections;
    private final Labels labels;

    private CramSheet(List<RenderedSection> sections, Labels labels) {
        this.sections = sections;
        this.labels = labels;
    }

    /** The course's cram sheet, or empty when no lesson has a tip. */
    public static Optional<CramSheet> of(List<RenderedSection> sections, Labels labels) {
        boolean any = sections.stream().flatMap(s -> s.lessons().stream()).anyMatch(l -> !l.examTips().isEmpty());
        return any ? Optional.of(new CramSheet(sections, labels)) : Optional.empty();
    }

    /** The anchor of the heading that names a lesson in the cram sheet. */
    static String lessonHeadingId(String lessonAnchor) {
        return "tips-" + lessonAnchor;
    }

    @Override
    public String anchor() {
        return ANCHOR;
    }

    @Override
    public String title() {
        return labels.examTips();
    }

    /** Each lesson's heading in the cram sheet leads back to the lesson. */
    @Override
    public Map<String, String> backLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        sections.stream().flatMap(s -> s.lessons().stream()).filter(l -> !l.examTips().isEmpty())
                .forEach(lesson -> links.put(lessonHeadingId(lesson.lesson().anchorId()), lesson.lesson().anchorId()));
        return links;
    }

    @Override
    public String xhtml(boolean linked) {
        StringBuilder html = new StringBuilder("<h1 class=\"section-title\" id=\"" + ANCHOR + "\">" + escape(labels.examTips()) + "</h1>\n");
        for (RenderedSection section : sections) {
            List<RenderedLesson> withTips = section.lessons().stream().filter(l -> !l.examTips().isEmpty()).toList();
            if (withTips.isEmpty()) {
                continue;
            }
            html.append("<h2 class=\"cram-section\">").append(escape(section.section().heading(labels))).append("</h2>\n");
            for (RenderedLesson lesson : withTips) {
                String anchor = lesson.lesson().anchorId();
                String title = escape(lesson.title());
                html.append("<h3 class=\"cram-lesson\" id=\"").append(lessonHeadingId(anchor)).append("\">")
                        .append(linked ? "<a href=\"#" + anchor + "\">" + title + "</a>" : title)
                        .append("</h3>\n");
                appendTips(html, lesson.examTips());
            }
        }
        return html.toString();
    }

    /** Consecutive list-item tips share one list; tip sections stand on their own. */
    private static void appendTips(StringBuilder html, List<String> tips) {
        List<String> items = new ArrayList<>();
        for (String tip : tips) {
            if (tip.startsWith("<li")) {
                items.add(tip);
            } else {
                flush(html, items);
                html.append(tip).append('\n');
            }
        }
        flush(html, items);
    }

    private static void flush(StringBuilder html, List<String> items) {
        if (!items.isEmpty()) {
            html.append("<ul class=\"cram-tips\">\n").append(String.join("\n", items)).append("\n</ul>\n");
            items.clear();
        }
    }
}
