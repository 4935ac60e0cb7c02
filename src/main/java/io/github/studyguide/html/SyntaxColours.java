package io.github.studyguide.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The colours of the token classes {@link SyntaxHighlighter} writes, one stylesheet that both writers append to
 * their own, so that code looks the same in the PDF and the EPUB.
 */
public final class SyntaxColours {

    /** The rules, as CSS. */
    public static final String CSS = load();

    private SyntaxColours() {
    }

    private static String load() {
        try (InputStream in = SyntaxColours.class.getResourceAsStream("highlight.css")) {
            if (in == null) {
                throw new IllegalStateException("highlight.css is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
