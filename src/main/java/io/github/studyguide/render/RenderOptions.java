package io.github.studyguide.render;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.i18n.Labels;

/**
 * How the course is rendered, beyond the lessons themselves.
 *
 * @param numbering whether lesson titles show their "7.2" number
 * @param examTips whether the guide ends with the "Exam Tips" cram sheet (when any lesson has a tip)
 * @param quizAnswers where the answers to quizzes go
 * @param labels the words the plugin prints, in the guide's language
 * @param instructorEdition whether this rendering is the instructor's edition: instructor notes kept, every answer
 *     and solution inline
 */
public record RenderOptions(boolean numbering, boolean examTips, QuizAnswers quizAnswers, Labels labels,
        boolean instructorEdition) {

    /** The student's edition. */
    public RenderOptions(boolean numbering, boolean examTips, QuizAnswers quizAnswers, Labels labels) {
        this(numbering, examTips, quizAnswers, labels, false);
    }

    /** Options with the English labels. */
    public RenderOptions(boolean numbering, boolean examTips, QuizAnswers quizAnswers) {
        this(numbering, examTips, quizAnswers, Labels.english());
    }

    /** The same options for the instructor's edition. */
    public RenderOptions forInstructors() {
        return new RenderOptions(numbering, examTips, quizAnswers, labels, true);
    }

    /** Where answers and solutions go in this edition: inline in the instructor's. */
    public QuizAnswers placement() {
        return instructorEdition ? QuizAnswers.INLINE : quizAnswers;
    }

    /** The plugin's defaults: numbered lessons and a cram sheet. */
    public static final RenderOptions DEFAULTS = new RenderOptions(true, true, QuizAnswers.SECTION_END);
}
