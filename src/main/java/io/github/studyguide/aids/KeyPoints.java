package io.github.studyguide.aids;

import io.github.studyguide.callouts.Callout;
import io.github.studyguide.callouts.StudyAidMarks;
import io.github.studyguide.i18n.Labels;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's key points, marked by {@link io.github.studyguide.callouts.DivLooks} (a {@code keypoints} div) or
 * {@link StudyAidForms} (a "Key Points" heading): boxed where they stand, and copied for the Key Points appendix,
 * one point per item of the lists directly in the block, or, in a block without a list, per paragraph.
 */
public final class KeyPoints {

    private KeyPoints() {
    }

    /** Boxes the key points and returns a copy of each point, as a list item without ids, in order. */
    public static List<String> apply(Element body, Labels labels) {
        List<String> points = new ArrayList<>();
        for (Element block : body.select("div." + StudyAidMarks.KEY_POINTS)) {
            Exercises.dressTitled(block, Callout.Kind.NOTE, labels.keyPoints());
            for (Element point : pointsOf(block)) {
                Element copy = AidCopies.copy(point);
                copy.tagName("li").clearAttributes();
                points.add(AidCopies.outer(copy));
            }
        }
        return points;
    }

    private static List<Element> pointsOf(Element block) {
        List<Element> items = block.select("> ul > li, > ol > li");
        return !items.isEmpty() ? items : block.select("> p:not(.callout-title)");
    }
}
