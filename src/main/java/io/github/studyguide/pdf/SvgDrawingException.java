package io.github.studyguide.pdf;

import io.github.studyguide.xhtml.XmlText;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PDF renderer failed on a part that draws SVG images. Batik, which draws them, crashes on some drawings that
 * pass every check (a pattern that its own style sheet fills with itself overflows its stack), so the drawings are
 * the likeliest cause: the message names them, for the author to fix or replace.
 */
public final class SvgDrawingException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern SVG_IMAGE = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]+\\.svg)\"", Pattern.CASE_INSENSITIVE);

    SvgDrawingException(String part, List<String> images, Throwable cause) {
        super("The PDF renderer failed on " + part + " (" + cause + "), which draws "
                + (images.size() == 1 ? "the SVG image " : "these SVG images: ") + String.join(", ", images)
                + ". Batik, which draws them, cannot draw some SVG files that browsers show, such as a pattern,"
                + " marker or mask that refers back to itself through a style sheet; simplify the drawing or use a"
                + " PNG instead", cause);
    }

    /** The SVG images a part draws, by their path in the lesson folder. */
    static List<String> svgImages(String html) {
        List<String> images = new ArrayList<>();
        Matcher image = SVG_IMAGE.matcher(html);
        while (image.find()) {
            String name = image.group(1);
            try {
                name = URI.create(XmlText.unescape(name)).getPath(); // relative to the lesson folder, %-escapes undone
            } catch (IllegalArgumentException e) {
                // named as written
            }
            if (!images.contains(name)) {
                images.add(name);
            }
        }
        return images;
    }
}
