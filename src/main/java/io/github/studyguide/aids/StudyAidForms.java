package io.github.studyguide.aids;

import io.github.studyguide.callouts.StudyAidMarks;
import io.github.studyguide.i18n.StudyAidWords;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the study aids that authors write in plain Markdown rather than as fenced divs, and marks them as
 * {@link io.github.studyguide.callouts.DivLooks} marks the divs, so that one layout serves both forms:
 * <ul>
 *   <li>a heading that opens with "Exercise" or "Challenge" ("Exercise 3: Make a folder"), with everything under it
 *       up to the next heading of the same or a higher level, is an exercise;</li>
 *   <li>a {@code <details>} block whose {@code <summary>} opens with "Solution" is a solution;</li>
 *   <li>a heading "Key Points" or "Key Takeaways", and a heading "Learning Objectives" or "Objectives" (a colon
 *       allowed), with what is under it, are key points and objectives;</li>
 *   <li>a solution right after an exercise (the {@code <details>} form, or a solution div closed after its
 *       exercise's div) joins that exercise.</li>
 * </ul>
 * Runs before the vocabulary of XHTML 1.1, which has no {@code details}, is enforced.
 */
public final class StudyAidForms {

    private static final Pattern EXERCISE = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.EXERCISE + ")\\b.*");
    private static final Pattern SOLUTION = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.SOLUTION + ")\\b.*");
    private static final Pattern KEY_POINTS = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.KEY_POINTS + ")\\s*[:：]?\\s*$");
    private static final Pattern OBJECTIVES = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.OBJECTIVES + ")\\s*[:：]?\\s*$");
    /** What a heading's title is after its keyword: "Exercise 3: Make a folder" → "Make a folder". */
    private static final Pattern KEYWORD_AND_NUMBER = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.EXERCISE
            + ")(?:\\s*[0-9]+(?:\\.[0-9]+)*)?\\s*[:.)\\-–—]*\\s*");

    /** The marked divs that end the section under an aid's heading. */
    private static final List<String> STANDING_ALONE = List.of(StudyAidMarks.EXERCISE, StudyAidMarks.KEY_POINTS,
            StudyAidMarks.OBJECTIVES, StudyAidMarks.QUESTIONS);

    private StudyAidForms() {
    }

    public static void mark(Element body) {
        for (Element details : body.select("details")) {
            Element summary = details.selectFirst("> summary");
            if (summary != null && isSolutionSummary(summary.text())) {
                summary.remove();
                details.tagName("div").clearAttributes().addClass(StudyAidMarks.SOLUTION);
            }
        }
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.parent() == null || insideAid(heading)) {
                continue;
            }
            String text = heading.text();
            if (EXERCISE.matcher(text).matches()) {
                HeadingSections.wrap(heading, StudyAidMarks.EXERCISE, StudyAidForms::standsAlone);
            } else if (KEY_POINTS.matcher(text).matches()) {
                HeadingSections.wrap(heading, StudyAidMarks.KEY_POINTS, StudyAidForms::standsAlone);
            } else if (OBJECTIVES.matcher(text).matches()) {
                HeadingSections.wrap(heading, StudyAidMarks.OBJECTIVES, StudyAidForms::standsAlone);
            }
        }
        for (Element solution : body.select("div." + StudyAidMarks.SOLUTION)) {
            Element before = solution.previousElementSibling();
            if (before != null && before.hasClass(StudyAidMarks.EXERCISE)) {
                before.appendChild(solution);
            }
        }
    }

    /** Whether a {@code <summary>} text opens with "Solution": "Solution", "Solution to exercise 2". */
    public static boolean isSolutionSummary(String text) {
        return SOLUTION.matcher(text).matches();
    }

    /** Whether a heading's text makes an exercise. */
    public static boolean isExerciseHeading(String text) {
        return EXERCISE.matcher(text).matches();
    }

    /** Whether a heading's text names key points. */
    public static boolean isKeyPointsHeading(String text) {
        return KEY_POINTS.matcher(text).matches();
    }

    /** A heading's text without the keyword and number that open it: the exercise's own title, maybe empty. */
    static String titleOf(String headingText) {
        return KEYWORD_AND_NUMBER.matcher(headingText).replaceFirst("").strip();
    }

    private static boolean insideAid(Element heading) {
        for (Element parent = heading.parent(); parent != null; parent = parent.parent()) {
            if (parent.hasClass(StudyAidMarks.EXERCISE) || parent.hasClass(StudyAidMarks.SOLUTION)
                    || parent.hasClass(StudyAidMarks.KEY_POINTS) || parent.hasClass(StudyAidMarks.OBJECTIVES)
                    || parent.hasClass(StudyAidMarks.QUESTIONS) || parent.hasClass(StudyAidMarks.INSTRUCTOR_NOTE)) {
                return true;
            }
        }
        return false;
    }

    /** An exercise, key points or objectives div stands on its own: it ends the section of a heading before it. */
    private static boolean standsAlone(Element element) {
        return STANDING_ALONE.stream().anyMatch(element::hasClass);
    }
}
