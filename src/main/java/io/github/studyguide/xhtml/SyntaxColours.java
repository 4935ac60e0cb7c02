package io.github.studyguide.xhtml;

import io.github.studyguide.internal.Resources;

/**
 * The colours of the token classes {@link SyntaxHighlighter} writes, one stylesheet that both writers append to
 * their own, so that code looks the same in the PDF and the EPUB.
 */
public final class SyntaxColours {

    /** The rules, as CSS. */
    public static final String CSS = Resources.text(SyntaxColours.class, "highlight.css");

    private SyntaxColours() {
    }
}
