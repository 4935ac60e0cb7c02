package io.github.studyguide.aids;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.i18n.Labels;

/**
 * How one lesson's study aids are laid out.
 *
 * @param answers where quiz answers and exercise solutions go; with {@link QuizAnswers#INLINE} they stay in place
 * @param instructorEdition whether this is the instructor's edition: instructor notes are kept in a marked box, and
 *     every answer and solution stays inline whatever {@code answers} says
 * @param lessonNumber the lesson's "7.2", which its exercises' numbers start with; empty to number them 1, 2, ...
 * @param labels the words the guide prints
 */
public record StudyAidOptions(QuizAnswers answers, boolean instructorEdition, String lessonNumber, Labels labels) {

    /** The student's edition with English labels, exercises numbered from 1. */
    public static StudyAidOptions of(QuizAnswers answers) {
        return new StudyAidOptions(answers, false, "", Labels.english());
    }

    /** Where answers and solutions go in this edition. */
    public QuizAnswers placement() {
        return instructorEdition ? QuizAnswers.INLINE : answers;
    }
}
