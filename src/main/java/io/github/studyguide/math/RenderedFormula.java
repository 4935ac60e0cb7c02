package io.github.studyguide.math;

import java.util.Optional;

/**
 * What a formula rendered to: an SVG drawing with its size in {@code em} (of the surrounding text), or the message
 * of the LaTeX parser that rejected it.
 *
 * @param svg the self-contained SVG document, glyphs drawn as outlines; empty when the formula does not parse
 * @param widthEm the drawing's width
 * @param heightEm the drawing's height, depth included
 * @param depthEm how far the drawing reaches below the text's baseline, for aligning inline formulas
 * @param error the parser's message, empty when the formula rendered
 */
public record RenderedFormula(Optional<String> svg, double widthEm, double heightEm, double depthEm,
        Optional<String> error) {

    static RenderedFormula failed(String message) {
        return new RenderedFormula(Optional.empty(), 0, 0, 0, Optional.of(message));
    }

    public boolean rendered() {
        return svg.isPresent();
    }
}
