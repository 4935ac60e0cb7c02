package io.github.studyguide.render;

import io.github.studyguide.aids.Exercise;
import io.github.studyguide.aids.QuizAnswer;
import io.github.studyguide.check.LessonFacts;
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
 * @param quizAnswers the answers to the lesson's quiz questions, for the answer key and the flashcards; empty when
 *     the lesson is not a quiz
 * @param title the title as the guide shows it, in headings, contents and navigation ({@link Lesson#displayTitle})
 * @param examTipHeadings for each of {@code examTips}, the heading it sits under, for the flashcards
 * @param exercises the lesson's exercises, with their solutions, for the answer key and the flashcards
 * @param keyPoints copies of the lesson's key points, each a list item, for the Key Points appendix
 */
public record RenderedLesson(Lesson lesson, String xhtml, LessonFacts facts, List<String> examTips,
        List<QuizAnswer> quizAnswers, String title, List<String> examTipHeadings, List<Exercise> exercises,
        List<String> keyPoints) {

    public RenderedLesson {
        examTips = List.copyOf(examTips);
        quizAnswers = List.copyOf(quizAnswers);
        examTipHeadings = List.copyOf(examTipHeadings);
        exercises = List.copyOf(exercises);
        keyPoints = List.copyOf(keyPoints);
    }

    /** A lesson with only its facts collected, for the checks. */
    public RenderedLesson(Lesson lesson, String xhtml, LessonFacts facts) {
        this(lesson, xhtml, facts, List.of(), List.of(), lesson.title(), List.of(), List.of(), List.of());
    }

    /** The exercises that have a solution, which the answer key lists. */
    public List<Exercise> solvedExercises() {
        return exercises.stream().filter(Exercise::hasSolution).toList();
    }
}
