package io.github.studyguide.aids;

import io.github.studyguide.callouts.Callout;
import io.github.studyguide.callouts.StudyAidMarks;
import io.github.studyguide.i18n.Labels;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's objectives and the questions it answers (an {@code objectives} or {@code questions} div, or a
 * "Learning Objectives" heading): boxed, and moved, in their order, to the start of the lesson, where a reader
 * looks for what the lesson is for. Each box gets an id, {@code s1-l2_objectives.1} or {@code s1-l2_questions.1},
 * which the contents, bookmarks and navigation point to ({@link #anchors}).
 */
public final class LessonOpening {

    /** The ids the boxes get, after the lesson's anchor: {@code _objectives.1}. */
    private static final Pattern ANCHOR = Pattern.compile("id=\"([^\"]+_(objectives|questions)\\.\\d+)\"");

    private LessonOpening() {
    }

    /**
     * The boxes' ids in a rendered lesson, in their order, each with whether it holds questions (else objectives).
     *
     * @param lessonAnchor the lesson's anchor, which the ids start with
     */
    public static Map<String, Boolean> anchors(String xhtml, String lessonAnchor) {
        Map<String, Boolean> anchors = new LinkedHashMap<>();
        if (!xhtml.contains("_objectives.") && !xhtml.contains("_questions.")) {
            return anchors; // most lessons: the whole walk of the guide asks every lesson, several times a build
        }
        Matcher id = ANCHOR.matcher(xhtml);
        while (id.find()) {
            if (id.group(1).startsWith(lessonAnchor + "_")) {
                anchors.put(id.group(1), id.group(2).equals("questions"));
            }
        }
        return anchors;
    }

    /**
     * @param idPrefix the lesson's prefix of ids, its anchor
     */
    public static void apply(Element body, Labels labels, String idPrefix) {
        List<Element> boxes = body.select("div." + StudyAidMarks.OBJECTIVES + ", div." + StudyAidMarks.QUESTIONS)
                .stream().filter(box -> box.parent() == body).toList();
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Element box = boxes.get(i);
            boolean questions = box.hasClass(StudyAidMarks.QUESTIONS);
            Exercises.dressTitled(box, Callout.Kind.NOTE, questions ? labels.questions() : labels.objectives());
            box.addClass("lesson-opening");
        }
        for (int i = boxes.size() - 1; i >= 0; i--) {
            body.prependChild(boxes.get(i));
        }
        int number = 0;
        for (Element box : boxes) {
            number++;
            String id = idPrefix + "_" + (box.hasClass(StudyAidMarks.QUESTIONS) ? "questions" : "objectives")
                    + "." + number;
            // A box the author gave an id keeps it; an id the lesson already has (a heading titled so) stays its.
            if (box.id().isEmpty() && body.getElementById(id) == null) {
                box.attr("id", id);
            }
        }
    }
}
