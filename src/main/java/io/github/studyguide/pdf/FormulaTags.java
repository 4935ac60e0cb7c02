package io.github.studyguide.pdf;

import io.github.studyguide.math.FormulaImages;
import io.github.studyguide.xhtml.XmlText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags formulas as {@code Formula} in a tagged part, as PDF/UA asks of mathematical expressions. openhtmltopdf tags
 * every image as a {@code Figure} and keeps nothing of the element but its alt text; a formula's drawing has its
 * LaTeX source as alt text, so a {@code Figure} whose alt text is a formula of the part, and no other image's, is
 * that formula. An image that shares its alt text with a formula stays a {@code Figure}, and so does the formula.
 */
final class FormulaTags {

    /** An image element and its alt text, as jsoup writes them: one attribute order, double quotes. */
    private static final Pattern IMAGE = Pattern.compile("<img\\b([^>]*?)\\salt=\"([^\"]*)\"");
    private static final String FORMULA_MARK = "class=\"" + FormulaImages.IMAGE_CLASS + " ";

    private FormulaTags() {
    }

    /** Retags the formulas of {@code part}, rendered from {@code html}. */
    static void retag(PDDocument part, String html) {
        Set<String> formulas = new HashSet<>();
        Set<String> others = new HashSet<>();
        Matcher image = IMAGE.matcher(html);
        while (image.find()) {
            (image.group(1).contains(FORMULA_MARK) ? formulas : others).add(XmlText.unescape(image.group(2)));
        }
        formulas.removeAll(others);
        PDStructureTreeRoot root = part.getDocumentCatalog().getStructureTreeRoot();
        if (formulas.isEmpty() || root == null) {
            return;
        }
        // Iterative: the tree is as deep as the lesson's nesting.
        Deque<PDStructureNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            for (Object kid : pending.pop().getKids()) {
                if (kid instanceof PDStructureElement element) {
                    if (StandardStructureTypes.Figure.equals(element.getStructureType())
                            && formulas.contains(element.getAlternateDescription())) {
                        element.setStructureType(StandardStructureTypes.FORMULA);
                    }
                    pending.push(element);
                }
            }
        }
    }
}
