package io.github.studyguide.aids;

import io.github.studyguide.callouts.Callout;
import io.github.studyguide.callouts.StudyAidMarks;
import io.github.studyguide.i18n.Labels;
import org.jsoup.nodes.Element;

/**
 * Notes for instructors (an {@code instructor} or {@code instructor-note} div): left out of the student's guide,
 * and kept in a marked box in the instructor's edition.
 */
public final class InstructorNotes {

    private InstructorNotes() {
    }

    public static void apply(Element body, boolean instructorEdition, Labels labels) {
        for (Element note : body.select("div." + StudyAidMarks.INSTRUCTOR_NOTE)) {
            if (!instructorEdition) {
                note.remove();
            } else if (note.parent() != null) {
                Exercises.dressTitled(note, Callout.Kind.IMPORTANT, labels.instructorNote());
            }
        }
    }
}
