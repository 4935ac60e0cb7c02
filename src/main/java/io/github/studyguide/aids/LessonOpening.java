package io.github.studyguide.aids;

import io.github.studyguide.callouts.Callout;
import io.github.studyguide.callouts.StudyAidMarks;
import io.github.studyguide.i18n.Labels;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * A lesson's objectives and the questions it answers (an {@code objectives} or {@code questions} div, or a
 * "Learning Objectives" heading): boxed, and moved, in their order, to the start of the lesson, where a reader
 * looks for what the lesson is for.
 */
public final class LessonOpening {

    private LessonOpening() {
    }

    public static void apply(Element body, Labels labels) {
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
    }
}
