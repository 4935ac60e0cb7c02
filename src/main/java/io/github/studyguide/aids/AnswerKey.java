package io.github.studyguide.aids;

import io.github.studyguide.i18n.Labels;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.render.RenderedSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * The answers to the quizzes, with the author's explanations, and the solutions to the exercises, each linking back
 * to its question or exercise: after the last lesson of a section ({@link #forSection}), or as one appendix at the
 * end of the guide ({@link #forBook}).
 */
public final class AnswerKey implements Appendix {

    public static final String TITLE = "Answer Key";
    static final String ANCHOR = "answer-key";

    private final List<RenderedSection> sections;
    private final Labels labels;

    private AnswerKey(List<RenderedSection> sections, Labels labels) {
        this.sections = sections;
        this.labels = labels;
    }

    /** The appendix for the whole guide, or empty when no lesson has a quiz or a solved exercise. */
    public static Optional<AnswerKey> forBook(List<RenderedSection> sections, Labels labels) {
        boolean any = sections.stream().anyMatch(section -> hasQuiz(section.lessons()));
        return any ? Optional.of(new AnswerKey(sections, labels)) : Optional.empty();
    }

    /**
     * The answer key that closes a section, titled like a lesson and anchored at {@link #sectionAnchor}, or the
     * empty string when none of its lessons has a quiz or a solved exercise. It links to the questions with {@code href="#..."}, which
     * resolve within the section's part of the PDF and through the EPUB's links.
     */
    public static String forSection(String sectionAnchor, List<RenderedLesson> lessons, Labels labels) {
        if (!hasQuiz(lessons)) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2 class=\"lesson-title\" id=\"").append(sectionAnchor(sectionAnchor))
                .append("\">").append(escape(labels.answerKey())).append("</h2>\n");
        for (RenderedLesson lesson : lessons) {
            appendLesson(html, lesson, true, labels);
        }
        return html.toString();
    }

    /** The anchor of a section's answer key: {@code s7-answers}. */
    public static String sectionAnchor(String sectionAnchor) {
        return sectionAnchor + "-answers";
    }

    @Override
    public String anchor() {
        return ANCHOR;
    }

    @Override
    public String title() {
        return labels.answerKey();
    }

    @Override
    public String xhtml(boolean linked) {
        StringBuilder html = new StringBuilder("<h1 class=\"section-title\" id=\"" + ANCHOR + "\">" + escape(labels.answerKey()) + "</h1>\n");
        for (RenderedSection section : sections) {
            if (hasQuiz(section.lessons())) {
                html.append("<h2 class=\"answer-section\">").append(escape(section.section().heading(labels))).append("</h2>\n");
                for (RenderedLesson lesson : section.lessons()) {
                    appendLesson(html, lesson, linked, labels);
                }
            }
        }
        return html.toString();
    }

    /** Each answer's question label leads back to the question, each solution's label to its exercise. */
    @Override
    public Map<String, String> backLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        sections.stream().flatMap(section -> section.lessons().stream()).forEach(lesson -> {
            lesson.quizAnswers().forEach(answer -> links.put(answerId(answer), answer.questionId()));
            lesson.solvedExercises().forEach(exercise -> links.put(exercise.keyId(), exercise.id()));
        });
        return links;
    }

    private static String answerId(QuizAnswer answer) {
        return "key-" + answer.questionId();
    }

    /**
     * A question's label in the guide's language. The lesson's analysis, which the cache keeps whatever the guide's
     * language, labels a numbered question "Question 3" ({@link QuizMarkup}); any other label is the author's.
     */
    private static String translated(String label, Labels labels) {
        return label.startsWith(QuizMarkup.QUESTION_LABEL) ? labels.question(label.substring(QuizMarkup.QUESTION_LABEL.length()))
                : label;
    }

    private static boolean hasQuiz(List<RenderedLesson> lessons) {
        return lessons.stream().anyMatch(AnswerKey::hasAnswers);
    }

    private static boolean hasAnswers(RenderedLesson lesson) {
        return !lesson.quizAnswers().isEmpty() || !lesson.solvedExercises().isEmpty();
    }

    private static void appendLesson(StringBuilder html, RenderedLesson lesson, boolean linked, Labels labels) {
        if (!hasAnswers(lesson)) {
            return;
        }
        html.append("<h3 class=\"answer-lesson\">").append(escape(lesson.title())).append("</h3>\n");
        for (QuizAnswer answer : lesson.quizAnswers()) {
            String label = escape(translated(answer.label(), labels));
            String letters = answer.letters().isEmpty() ? labels.noneMarked() : answer.letters();
            html.append("<div class=\"answer\">\n<p class=\"answer-question\" id=\"").append(answerId(answer)).append("\">")
                    .append(linked ? "<a href=\"#" + answer.questionId() + "\">" + label + "</a>" : label)
                    .append(": <strong class=\"answer-letters\">").append(letters).append("</strong></p>\n")
                    .append("<ul class=\"answer-options\">\n");
            for (QuizAnswer.Option option : answer.options()) {
                html.append("<li class=\"").append(option.correct() ? "answer-correct" : "answer-incorrect").append("\">")
                        // Blocks, not spans: in a tight list an option's text is the whole item, which may hold
                        // paragraphs, code blocks or tables, and a span around them is invalid XHTML.
                        .append("<div class=\"answer-option\">").append(option.textXhtml()).append("</div>");
                for (String explanation : option.explanationsXhtml()) {
                    html.append("<div class=\"answer-explanation\">").append(explanation).append("</div>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n</div>\n");
        }
        for (Exercise exercise : lesson.solvedExercises()) {
            String label = escape(labels.exercise(exercise.number()));
            html.append("<div class=\"answer solution-answer\">\n<p class=\"answer-question\" id=\"")
                    .append(exercise.keyId()).append("\">")
                    .append(linked ? "<a href=\"#" + exercise.id() + "\">" + label + "</a>" : label);
            if (!exercise.title().isEmpty()) {
                html.append(": ").append(escape(exercise.title()));
            }
            html.append("</p>\n");
            for (String solution : exercise.solutionsXhtml()) {
                html.append("<div class=\"answer-solution\">").append(solution).append("</div>\n");
            }
            html.append("</div>\n");
        }
    }
}
