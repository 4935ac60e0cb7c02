package io.github.studyguide.xhtml;

import io.github.studyguide.markdown.AttributeSyntax;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Pandoc's implicit figures: an image alone in its paragraph becomes {@code <div class="figure">} with the image's
 * bracket text as a caption under it, which the PDF keeps on one page with the image. An image with empty brackets
 * (its description only in an {@code alt} attribute) gets no caption, as in pandoc: a description written for
 * readers who cannot see the image would repeat it for those who can. XHTML 1.1 has no {@code figure} element.
 */
public final class ImplicitFigures {

    static final String CSS_CLASS = "figure";
    static final String CAPTION_CLASS = "caption";

    private ImplicitFigures() {
    }

    static void mark(Element body) {
        for (Element paragraph : body.select("p")) {
            Element image = loneImage(paragraph);
            if (image == null) {
                continue;
            }
            String caption = image.attr(AttributeSyntax.CAPTION_ATTRIBUTE).strip();
            image.removeAttr(AttributeSyntax.CAPTION_ATTRIBUTE);
            paragraph.tagName("div").addClass(CSS_CLASS);
            paragraph.empty();
            paragraph.appendChild(image);
            if (!caption.isEmpty()) {
                paragraph.appendChild(new Element("p").addClass(CAPTION_CLASS).text(caption));
            }
        }
    }

    /** The paragraph's only content, when that is an image. */
    private static Element loneImage(Element paragraph) {
        Element image = null;
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (image != null || !(child instanceof Element element) || !element.normalName().equals("img")) {
                return null;
            }
            image = element;
        }
        return image;
    }
}
