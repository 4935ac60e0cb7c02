package io.github.studyguide.math;

import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Replaces the formula placeholders of a lesson's XHTML with their drawings: an {@code <img>} whose source is the
 * SVG itself as a {@code data:} URI and whose alt text is the LaTeX source. Both guides take an image where they
 * take no MathML or inline SVG (an EPUB 2 content document is XHTML 1.1), the PDF's accessibility tags give it its
 * alt text, and the EPUB writer stores each drawing once as an image of the book. A formula that does not parse
 * shows its source as code. Runs after the lesson's HTML has been sanitized, which removes the SVG and
 * {@code data:} images an author's raw HTML might hold: only these drawings carry one.
 */
public final class FormulaImages {

    /** The start of every drawing's source; the PDF renderer lets exactly these through. */
    public static final String DATA_URI_PREFIX = "data:image/svg+xml;base64,";

    /** The class of every drawing; its second class says inline or display. */
    public static final String IMAGE_CLASS = "math";

    private FormulaImages() {
    }

    /** Replaces every placeholder under {@code body}, rendering each formula with {@code renderer}. */
    public static void replace(Element body, FormulaRenderer renderer) {
        for (Element placeholder : body.select("span." + MathHtml.PLACEHOLDER_CLASS)) {
            boolean display = placeholder.hasClass("display");
            Formula formula = new Formula(placeholder.wholeText(), display);
            String kind = display ? "display" : "inline";
            RenderedFormula rendered = renderer.render(formula);
            if (rendered.rendered()) {
                String svg = rendered.svg().orElseThrow();
                Element image = new Element("img").addClass(IMAGE_CLASS).addClass(kind)
                        .attr("src", DATA_URI_PREFIX + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))
                        .attr("alt", formula.source())
                        // Sized in the text's em, so a formula grows with the text around it; an inline one sits
                        // on the baseline, its depth below it.
                        .attr("style", "width:" + em(rendered.widthEm()) + ";height:" + em(rendered.heightEm())
                                + (display ? "" : ";vertical-align:-" + em(rendered.depthEm())));
                placeholder.replaceWith(image);
            } else {
                placeholder.replaceWith(new Element("code").addClass("math-source").addClass(kind)
                        .text(formula.source()));
            }
        }
    }

    /** Whether {@code uri} is the source of a formula's drawing, which needs no file and reaches nothing. */
    public static boolean isDrawing(String uri) {
        return uri != null && uri.startsWith(DATA_URI_PREFIX);
    }

    private static String em(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceFirst("\\.?0+$", "") + "em";
    }
}
