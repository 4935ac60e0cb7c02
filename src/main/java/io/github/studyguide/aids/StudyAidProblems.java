package io.github.studyguide.aids;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.markdown.FencedDivs;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The study aids that print otherwise than the author meant, found in the parsed lesson for the checks, by the rules
 * that {@link StudyAidForms} and {@link Exercises} lay them out by: a solution div closed after its exercise's div
 * instead of inside it, a solution that belongs to no exercise, and a key-points block without points.
 */
public final class StudyAidProblems {

    static final Set<String> EXERCISE_CLASSES = Set.of("challenge", "exercise", "practice");
    private static final Pattern DETAILS = Pattern.compile("(?is)^\\s*<details\\b[^>]*>\\s*<summary\\b[^>]*>(.*?)(</summary>|$)");

    private StudyAidProblems() {
    }

    /**
     * @param node a node of the parsed lesson
     * @param lineOf the file line of an offset in the parsed text
     * @param into where each problem goes, as its message and line
     */
    public static void collect(Node node, IntUnaryOperator lineOf, List<LessonFacts.Reference> into) {
        List<String> classes = FencedDivs.classesOf(node);
        int line = lineOf.applyAsInt(node.getStartOffset());
        if (classes.contains("solution") && classes.stream().noneMatch(EXERCISE_CLASSES::contains)) {
            solution(node, true, lineOf, into);
        } else if (node instanceof HtmlBlock block && isSolutionDetails(block)) {
            solution(node, false, lineOf, into);
        } else if (classes.contains("keypoints") && !hasPoints(node.getFirstChild(), null)) {
            into.add(new LessonFacts.Reference(emptyKeyPoints("key points div"), line));
        } else if (node instanceof Heading heading && StudyAidForms.isKeyPointsHeading(text(heading))
                && !insideDiv(node) && !hasPoints(heading.getNext(), heading)) {
            into.add(new LessonFacts.Reference(emptyKeyPoints("heading " + text(heading).strip()), line));
        }
    }

    private static void solution(Node node, boolean fenced, IntUnaryOperator lineOf, List<LessonFacts.Reference> into) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (isExerciseDiv(parent)) {
                return;
            }
        }
        Node before = previous(node);
        if (isExerciseDiv(before)) {
            if (fenced) {
                into.add(new LessonFacts.Reference("this solution div is outside its exercise, which opens on line "
                        + lineOf.applyAsInt(before.getStartOffset()) + "; the guides still give it to that exercise,"
                        + " but close the exercise's div (:::) below the solution's, so that the solution sits inside"
                        + " it", lineOf.applyAsInt(node.getStartOffset())));
            }
            return;
        }
        if (!underExerciseHeading(node) && !titledSection(node)) {
            into.add(new LessonFacts.Reference("this solution belongs to no exercise, so it prints where it stands and"
                    + " not in the answer key; put it inside a ::: challenge (or exercise, practice) div, or under a"
                    + " heading that opens with Exercise or Challenge", lineOf.applyAsInt(node.getStartOffset())));
        }
    }

    /**
     * Whether a solution div opens with a heading of its own that is not "Solution": a titled section, as The
     * Carpentries' setup pages write one per operating system ("Windows", "macOS"), not an exercise's answer that
     * lost its exercise. It prints where it stands, boxed under its heading, which is what its author meant.
     */
    private static boolean titledSection(Node solution) {
        Node first = solution.getFirstChild();
        return first instanceof Heading heading && !StudyAidForms.isSolutionSummary(text(heading));
    }

    /** Whether a solution stands in the section of an "Exercise" heading, as {@link StudyAidForms} wraps it. */
    private static boolean underExerciseHeading(Node node) {
        int lowest = Integer.MAX_VALUE;
        for (Node before = previous(node); before != null; before = previous(before)) {
            if (before instanceof Heading heading) {
                if (heading.getLevel() < lowest && StudyAidForms.isExerciseHeading(text(heading))) {
                    return true;
                }
                lowest = Math.min(lowest, heading.getLevel());
            } else if (standsAlone(before)) {
                return false;
            }
        }
        return false;
    }

    /** Divs that end the section under an aid's heading. */
    private static boolean standsAlone(Node node) {
        List<String> classes = FencedDivs.classesOf(node);
        return classes.stream().anyMatch(name -> EXERCISE_CLASSES.contains(name) || name.equals("keypoints")
                || name.equals("objectives") || name.equals("questions"));
    }

    /** Whether a key-points block, from {@code first} on, holds a list item or a paragraph. */
    private static boolean hasPoints(Node first, Heading under) {
        for (Node child = first; child != null; child = child.getNext()) {
            if (under != null && (child instanceof Heading next && next.getLevel() <= under.getLevel() || standsAlone(child))) {
                return false;
            }
            if (child instanceof ListBlock list && list.getFirstChild() != null || child instanceof Paragraph) {
                return true;
            }
        }
        return false;
    }

    private static String emptyKeyPoints(String what) {
        return "this " + what + " has no points, so the Key Points appendix has nothing from it; list the points"
                + " under it (- one point a line) or remove it";
    }

    private static boolean isSolutionDetails(HtmlBlock block) {
        Matcher details = DETAILS.matcher(block.getChars());
        return details.find() && StudyAidForms.isSolutionSummary(details.group(1).replaceAll("<[^>]*>", ""));
    }

    private static boolean isExerciseDiv(Node node) {
        return node != null && FencedDivs.classesOf(node).stream().anyMatch(EXERCISE_CLASSES::contains);
    }

    private static boolean insideDiv(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (!FencedDivs.classesOf(parent).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The sibling before, passing over the closing fences of divs. */
    private static Node previous(Node node) {
        Node before = node.getPrevious();
        while (before != null && FencedDivs.isFence(before)) {
            before = before.getPrevious();
        }
        return before;
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }
}
