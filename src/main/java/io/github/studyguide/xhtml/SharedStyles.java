package io.github.studyguide.xhtml;

import io.github.studyguide.internal.Resources;

/**
 * The colours both guides share, one stylesheet that each writer appends to its own, so that code and call-outs
 * look the same in the PDF and the EPUB: the token classes {@link SyntaxHighlighter} writes, and the call-outs'
 * kinds. What differs between the guides (sizes in points or ems, page breaks) stays in each writer's own sheet.
 */
public final class SharedStyles {

    /** The rules, as CSS. */
    public static final String CSS = Resources.text(SharedStyles.class, "highlight.css")
            + Resources.text(SharedStyles.class, "callout-colours.css");

    private SharedStyles() {
    }
}
