package io.github.studyguide.pdf;

import java.util.List;

/**
 * The PDF renderer failed on a part that draws SVG images. Batik, which draws them, crashes on some drawings that
 * pass every check (a pattern that its own style sheet fills with itself overflows its stack), so the drawings are
 * the likeliest cause: the message names them, for the author to fix or replace.
 */
public final class SvgDrawingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SvgDrawingException(String part, List<String> images, Throwable cause) {
        super("The PDF renderer failed on " + part + " (" + cause + "), which draws "
                + (images.size() == 1 ? "the SVG image " : "these SVG images: ") + String.join(", ", images)
                + ". Batik, which draws them, cannot draw some SVG files that browsers show, such as a pattern,"
                + " marker or mask that refers back to itself through a style sheet; simplify the drawing or use a"
                + " PNG instead", cause);
    }
}
