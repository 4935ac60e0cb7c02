package io.github.studyguide.html;

import io.github.studyguide.course.Lesson;

import java.util.List;

/**
 * A lesson rendered to an XHTML fragment: its title heading, anchored at {@link Lesson#anchorId()}, then its body.
 *
 * @param lesson the lesson
 * @param xhtml the well-formed fragment, ready to embed in a PDF document or an EPUB content document; empty when
 *     only the facts were collected
 * @param facts what the lesson links to and offers, for the checks
 * @param examTips copies of the lesson's exam tips (list items or tip sections), without ids, for the cram sheet
 * @param title the title as the guide shows it, in headings, contents and navigation ({@link Lesson#displayTitle})
 */
public record RenderedLesson(Lesson lesson, String xhtml, LessonFacts facts, List<String> examTips, String title) {

    public RenderedLesson {
        examTips = List.copyOf(examTips);
    }

    /** A lesson with only its facts collected, for the checks. */
    public RenderedLesson(Lesson lesson, String xhtml, LessonFacts facts) {
        this(lesson, xhtml, facts, List.of(), lesson.title());
    }
}
