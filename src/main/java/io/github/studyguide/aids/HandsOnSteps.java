package io.github.studyguide.aids;

import io.github.studyguide.i18n.StudyAidWords;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Marks the steps of a hands-on guide so that both guides show them as a clear step list: every numbered list is a
 * list of steps, and so is any list whose items open with a bold "Step N" label ({@code - **Step 1**: ...}), in any
 * language the plugin has words for ({@code - **Paso 1**: ...}).
 */
public final class HandsOnSteps {

    /** "Step 3", "Step 3:", or the word of another language ({@link StudyAidWords}): "Schritt 3", "手順3：". */
    private static final Pattern STEP_LABEL = Pattern.compile("(?iu)(?:" + StudyAidWords.STEP + ")\\s*\\d+\\s*[:：]?");

    private HandsOnSteps() {
    }

    public static void mark(Element body) {
        body.select("ol").forEach(list -> list.addClass("steps"));
        for (Element item : body.select("li")) {
            Element label = item.selectFirst("> strong, > p:first-child > strong");
            if (label != null && label.elementSiblingIndex() == 0 && item.text().startsWith(label.text())
                    && STEP_LABEL.matcher(label.text().trim()).matches()) {
                item.addClass("step");
                if (item.parent() != null) {
                    item.parent().addClass("steps");
                }
            }
        }
    }
}
