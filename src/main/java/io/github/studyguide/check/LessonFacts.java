package io.github.studyguide.check;

import io.github.studyguide.aids.QuizFinder;
import io.github.studyguide.markdown.DialectProblems;
import java.util.List;
import java.util.Set;

/**
 * What a lesson's Markdown refers to and offers, as the checks need it: the anchors others can link to, and the
 * links, images and HTML comments it contains, each with its line in the file. Collected from the parsed Markdown
 * so that checking needs no rendering.
 *
 * @param anchors heading ids and explicit ids, as authors write them in links ({@code #aws-fargate})
 * @param links link targets as written
 * @param images image sources as written
 * @param comments the text inside each HTML comment
 * @param nestingDepth how deeply blocks and inlines nest; hostile input nests thousands deep
 * @param questions the quiz questions, in order (see {@link QuizFinder}); empty when the lesson is not a quiz
 * @param unprintable the characters of the lesson's text that the PDF's font cannot draw (each once, in order), at
 *     the line of the first; none, or one such reference
 * @param imagesWithoutAlt the images (their sources as written) with no or an empty alt text, which screen
 *     readers cannot describe
 * @param warnings constructs that print otherwise than the author meant, each as its message and line: a
 *     call-out or fenced div that prints as text (see {@link DialectProblems}), a formula that does not parse
 */
public record LessonFacts(Set<String> anchors, List<Reference> links, List<Reference> images, List<Reference> comments,
        int nestingDepth, List<Question> questions, List<Reference> unprintable, List<Reference> imagesWithoutAlt,
        List<Reference> warnings) {

    /** Facts without images lacking alt text and without warnings. */
    public LessonFacts(Set<String> anchors, List<Reference> links, List<Reference> images, List<Reference> comments,
            int nestingDepth, List<Question> questions, List<Reference> unprintable) {
        this(anchors, links, images, comments, nestingDepth, questions, unprintable, List.of(), List.of());
    }

    public LessonFacts {
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
        images = List.copyOf(images);
        comments = List.copyOf(comments);
        questions = List.copyOf(questions);
        unprintable = List.copyOf(unprintable);
        warnings = List.copyOf(warnings);
        imagesWithoutAlt = List.copyOf(imagesWithoutAlt);
    }

    /** Whether the lesson is a quiz: it has at least one question. */
    public boolean isQuiz() {
        return !questions.isEmpty();
    }

    /**
     * A target as written in the lesson, with its line in the file.
     *
     * @param target the URL, path or comment text
     * @param line the 1-based line in the file
     */
    public record Reference(String target, int line) {
    }

    /**
     * A quiz question, as the checks need it.
     *
     * @param label "Question 3", as the author numbered it
     * @param line the 1-based line of its heading in the file
     * @param correctOptions how many options have a "Correct:" sub-item
     * @param asksForSeveral whether its wording says it has several answers ("Select two")
     */
    public record Question(String label, int line, int correctOptions, boolean asksForSeveral) {
    }
}
