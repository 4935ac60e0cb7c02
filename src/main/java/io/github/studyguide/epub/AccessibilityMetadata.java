package io.github.studyguide.epub;

import io.github.studyguide.xhtml.XmlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema.org accessibility metadata of an EPUB, as EPUB Accessibility 1.1 asks for it, derived from what the
 * book's content documents really contain: a claim such as "every image has a text alternative" is made only when
 * it is true of this guide.
 *
 * @param images how many images the content documents show, the cover included
 * @param imagesWithoutAlt how many of them have no text alternative (no or an empty {@code alt})
 * @param mathMl whether any document has MathML
 * @param summary the accessibility summary the user wrote, if any; else one is generated from the rest
 */
record AccessibilityMetadata(int images, int imagesWithoutAlt, boolean mathMl, Optional<String> summary) {

    /** What {@code dcterms:conformsTo} says when the user claims conformance. */
    static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("\\salt=\"([^\"]*)\"");

    /** Counts what the documents hold; each is a whole content document or a fragment of one. */
    static AccessibilityMetadata of(List<String> documents, Optional<String> summary) {
        int images = 0;
        int withoutAlt = 0;
        boolean mathMl = false;
        for (String document : documents) {
            Matcher image = IMG.matcher(document);
            // Looked for only where an image element starts, not with a regex over every character.
            for (int at = document.indexOf("<img"); at >= 0; at = document.indexOf("<img", at + 1)) {
                if (image.region(at, document.length()).lookingAt()) {
                    images++;
                    Matcher alt = ALT.matcher(image.group());
                    if (!alt.find() || XmlText.unescape(alt.group(1)).isBlank()) {
                        withoutAlt++;
                    }
                }
            }
            mathMl |= document.contains("<math");
        }
        return new AccessibilityMetadata(images, withoutAlt, mathMl, summary);
    }

    /** {@code schema:accessMode}: always text, and visual content when there are images. */
    List<String> accessModes() {
        return images > 0 ? List.of("textual", "visual") : List.of("textual");
    }

    /**
     * {@code schema:accessModeSufficient}: the sets of modes that suffice to read the whole guide. Text alone
     * suffices only when every image has a text alternative.
     */
    List<String> accessModesSufficient() {
        if (images == 0) {
            return List.of("textual");
        }
        return imagesWithoutAlt == 0 ? List.of("textual", "textual,visual") : List.of("textual,visual");
    }

    /**
     * {@code schema:accessibilityFeature}: what every guide has (headings, a table of contents, a reading order
     * that follows the course, style sheets that let the reader choose fonts and sizes), plus text alternatives
     * when every image has one and MathML when there is math.
     */
    List<String> features() {
        List<String> features = new ArrayList<>(
                List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"));
        if (images > 0 && imagesWithoutAlt == 0) {
            features.add("alternativeText");
        }
        if (mathMl) {
            features.add("MathML");
        }
        return features;
    }

    /** {@code schema:accessibilitySummary}: the user's, or one that says in words what the metadata says. */
    String summaryText() {
        if (summary.isPresent()) {
            return summary.get();
        }
        StringBuilder text = new StringBuilder("This guide has a table of contents, headings to navigate by and a"
                + " single reading order; reading systems may change its fonts, sizes and colours.");
        if (images == 0) {
            text.append(" It has no images: all of its content is text.");
        } else if (imagesWithoutAlt == 0) {
            text.append(" Every image has a text alternative.");
        } else {
            text.append(' ').append(imagesWithoutAlt).append(" of its ").append(images)
                    .append(" images have no text alternative.");
        }
        return text.append(" It has no known hazards.").toString();
    }
}
