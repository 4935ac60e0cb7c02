package io.github.studyguide.aids;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks the steps of a hands-on guide so that both guides show them as a clear step list: every numbered list is a
 * list of steps, and so is any list whose items open with a bold "Step N" label ({@code - **Step 1**: ...}).
 */
public final class HandsOnSteps {

    private static final Pattern STEP_LABEL = Pattern.compile("step\\s*\\d+\\s*:?");

    private HandsOnSteps() {
    }

    public static void mark(Element body) {
        body.select("ol").forEach(list -> list.addClass("steps"));
        for (Element item : body.select("li")) {
            Element label = item.selectFirst("> strong, > p:first-child > strong");
            if (label != null && label.elementSiblingIndex() == 0 && item.text().startsWith(label.text())
                    && STEP_LABEL.matcher(label.text().trim().toLowerCase(Locale.ROOT)).matches()) {
                item.addClass("step");
                if (item.parent() != null) {
                    item.parent().addClass("steps");
                }
            }
        }
    }
}
