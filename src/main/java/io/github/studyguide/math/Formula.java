package io.github.studyguide.math;

/**
 * A formula as an author wrote it: its LaTeX source and whether it stands on its own (display) or in a line of text
 * (inline). What it renders to depends on these two alone, so they are also its cache key.
 *
 * @param source the LaTeX between the delimiters, trimmed
 * @param display whether it was written as display math ({@code $$...$$} or a {@code math} fence)
 */
public record Formula(String source, boolean display) {

    public Formula {
        source = source.strip();
    }
}
