package io.github.studyguide.check;

/**
 * The warning about an image without alt text: screen readers cannot describe it, and the EPUB does not claim that
 * every image has a text alternative ({@code schema:accessibilityFeature alternativeText}) while one lacks it.
 */
final class ImageAlt {

    private ImageAlt() {
    }

    /** @param source the image's source as written */
    static String missing(String source) {
        return "the image " + source + " has no alt text, so screen readers cannot describe it and the EPUB does not"
                + " claim that every image has a text alternative; say what it shows: ![what it shows](" + source
                + "), or alt=\"...\" in HTML";
    }
}
