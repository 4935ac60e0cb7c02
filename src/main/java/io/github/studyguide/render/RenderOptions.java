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
 */
public record RenderOptions(boolean numbering, boolean examTips, QuizAnswers quizAnswers, Labels labels) {

    /** Options with the English labels. */
    public RenderOptions(boolean numbering, boolean examTips, QuizAnswers quizAnswers) {
        this(numbering, examTips, quizAnswers, Labels.english());
    }

    /** The plugin's defaults: numbered lessons and a cram sheet. */
    public static final RenderOptions DEFAULTS = new RenderOptions(true, true, QuizAnswers.SECTION_END);
}
