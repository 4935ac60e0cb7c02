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
 */
public record RenderedLesson(Lesson lesson, String xhtml, LessonFacts facts, List<String> examTips) {

    public RenderedLesson {
        examTips = List.copyOf(examTips);
    }

    /** A lesson with no tips collected. */
    public RenderedLesson(Lesson lesson, String xhtml, LessonFacts facts) {
        this(lesson, xhtml, facts, List.of());
    }
}
