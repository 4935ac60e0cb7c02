package io.github.studyguide.refs;

import io.github.studyguide.i18n.Labels;
import org.jsoup.nodes.Element;

/**
 * The box that stands where a local image was that the guides cannot show (see {@code ImageFiles}): a label that
 * says an image is missing here, and its alt text, so that a reader of either guide knows a picture belongs there and
 * what it showed. A {@code span}, so that it is valid wherever the image was, inside a paragraph or a link; the
 * style sheets make it a box.
 */
public final class ImagePlaceholder {

    private ImagePlaceholder() {
    }

    /** The box, its label in the guide's language ("Image not shown"). */
    public static Element of(String alt, Labels labels) {
        Element box = new Element("span").addClass("missing-image").addClass("image-placeholder");
        box.appendChild(new Element("span").addClass("image-placeholder-label").text(labels.imageNotShown() + (alt.isBlank() ? "" : ": ")));
        if (!alt.isBlank()) {
            box.appendText(alt);
        }
        return box;
    }
}
