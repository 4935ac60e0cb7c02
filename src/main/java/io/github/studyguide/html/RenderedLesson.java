package io.github.studyguide.html;

import io.github.studyguide.course.Lesson;

/**
 * A lesson rendered to an XHTML fragment: its title heading, anchored at {@link Lesson#anchorId()}, then its body.
 *
 * @param lesson the lesson
 * @param xhtml the well-formed fragment, ready to embed in a PDF document or an EPUB content document; empty when
 *     only the facts were collected
 * @param facts what the lesson links to and offers, for the checks
 */
public record RenderedLesson(Lesson lesson, String xhtml, LessonFacts facts) {
}
