package io.github.studyguide.aids;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.callouts.Callout;
import io.github.studyguide.callouts.StudyAidMarks;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.i18n.StudyAidWords;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out the exercises that {@link io.github.studyguide.callouts.DivLooks} and {@link StudyAidForms} marked:
 * each is a box numbered per lesson ("Exercise 7.2.1", then its title if it has one) with a stable id
 * ({@code s7-l2_ex.1}); unless answers stay inline, its solutions leave it for the answer key, and a link to the key
 * takes their place. Hints stay with the exercise. A solution outside any exercise stays where it is, boxed.
 */
public final class Exercises {

    private static final Pattern SOLUTION_HEADING = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.SOLUTION
            + ")\\b\\s*[:：]?\\s*$");

    private Exercises() {
    }

    /**
     * @param body the lesson's body, ids already prefixed
     * @param idPrefix the lesson's anchor, which the exercises' ids start with
     * @return the lesson's exercises, in order
     */
    public static List<Exercise> apply(Element body, String idPrefix, StudyAidOptions options) {
        Labels labels = options.labels();
        boolean inline = options.placement() == QuizAnswers.INLINE;
        List<Exercise> found = new ArrayList<>();
        for (Element exercise : body.select("div." + StudyAidMarks.EXERCISE)) {
            if (exercise.parents().stream().anyMatch(parent -> parent.hasClass(StudyAidMarks.EXERCISE))) {
                continue; // an exercise within an exercise is part of it
            }
            int index = found.size() + 1;
            String number = options.lessonNumber().isEmpty() ? String.valueOf(index) : options.lessonNumber() + "." + index;
            String id = exercise.id().isEmpty() ? idPrefix + "_ex." + index : exercise.id();
            exercise.id(id);
            String title = dressTitle(exercise, labels.exercise(number));
            List<Element> solutions = exercise.select("div." + StudyAidMarks.SOLUTION).stream()
                    .filter(solution -> ownExercise(solution) == exercise).toList();
            List<String> solutionsXhtml = solutions.stream().map(Exercises::forKey).toList();
            Element prompt = AidCopies.copy(exercise);
            prompt.select("div." + StudyAidMarks.SOLUTION + ", .exercise-title").remove();
            if (inline) {
                solutions.forEach(solution -> dressTitled(solution, Callout.Kind.TIP, labels.solution()));
            } else if (!solutions.isEmpty()) {
                solutions.forEach(Element::remove);
                exercise.appendElement("p").addClass("solution-link").appendElement("a")
                        .attr("href", "#key-" + id).text(labels.solution() + " \u2192 " + labels.answerKey());
            }
            found.add(new Exercise(id, number, title, AidCopies.inner(prompt), solutionsXhtml));
        }
        for (Element solution : body.select("div." + StudyAidMarks.SOLUTION)) {
            // Left over: outside any exercise (the checks warn), or shown inline.
            if (!solution.hasClass("callout")) {
                dressTitled(solution, Callout.Kind.TIP, labels.solution());
            }
        }
        for (Element nested : body.select("div." + StudyAidMarks.EXERCISE + ":not(.callout)")) {
            dressTitled(nested, Callout.Kind.NEUTRAL, ""); // within another exercise: a box of its own, unnumbered
        }
        for (Element hint : body.select("div." + StudyAidMarks.HINT)) {
            dressTitled(hint, Callout.Kind.TIP, labels.hint());
        }
        return found;
    }

    /**
     * Puts the exercise's number first in its title: its heading (a Carpentries challenge opens with one), the
     * author's {@code title="..."}, or a title line of its own.
     *
     * @return the author's title, empty when there is none
     */
    private static String dressTitle(Element exercise, String label) {
        Callout.dress(exercise, Callout.Kind.NEUTRAL, "");
        Element first = exercise.children().first();
        String title = "";
        Element line;
        if (first != null && first.normalName().matches("h[1-6]")) {
            String text = first.text();
            title = StudyAidForms.titleOf(text);
            if (!title.equals(text.strip())) {
                first.text(title); // the keyword is in the number now
            }
            line = first;
        } else if (first != null && first.hasClass(StudyAidMarks.TITLE)) {
            title = first.text().strip();
            line = first;
            first.removeClass(StudyAidMarks.TITLE);
        } else {
            line = new Element("p");
            exercise.prependChild(line);
        }
        line.addClass("callout-title").addClass("exercise-title");
        if (!title.isEmpty()) {
            line.prependChild(new TextNode(": "));
        }
        line.prependChild(new Element("span").addClass("exercise-number").text(label));
        return title;
    }

    /** The exercise a solution belongs to: the nearest around it. */
    private static Element ownExercise(Element solution) {
        for (Element parent = solution.parent(); parent != null; parent = parent.parent()) {
            if (parent.hasClass(StudyAidMarks.EXERCISE)) {
                return parent;
            }
        }
        return null;
    }

    /**
     * A solution as the answer key shows it: a heading that only says "Solution" goes (the key names the exercise),
     * and other headings become bold lines, since the key's own headings give its outline.
     */
    private static String forKey(Element solution) {
        Element copy = AidCopies.copy(solution);
        Element first = copy.children().first();
        if (first != null && (first.normalName().matches("h[1-6]") || first.hasClass(StudyAidMarks.TITLE))
                && SOLUTION_HEADING.matcher(first.text()).matches()) {
            first.remove();
        }
        for (Element heading : copy.select("h1, h2, h3, h4, h5, h6")) {
            heading.tagName("p").addClass("solution-heading");
        }
        return AidCopies.inner(copy);
    }

    /** A box titled by its own heading or the author's title, else by {@code title}. */
    static void dressTitled(Element box, Callout.Kind kind, String title) {
        Element first = box.children().first();
        if (first != null && first.hasClass(StudyAidMarks.TITLE)) {
            first.removeClass(StudyAidMarks.TITLE).addClass("callout-title");
            Callout.dress(box, kind, "");
        } else {
            Callout.dress(box, kind, title);
        }
    }
}
