package io.github.studyguide.math;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.scilab.forge.jlatexmath.JMathTeXException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Element;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Insets;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out LaTeX formulas with JLaTeXMath and records the drawing as SVG through Batik's {@link SVGGraphics2D}, with
 * every glyph turned into an outline: the SVG then needs no font, so the PDF holds vectors and an e-reader shows
 * the same shapes. Each formula is rendered once per build process and then read from memory, keyed by its source.
 * Thread-safe.
 */
public final class FormulaRenderer {

    /**
     * The size JLaTeXMath lays out at, in its pixels per em. Only the proportions matter (the guides scale the drawing
     * to the text's em); a large size keeps the rounding of coordinates in the SVG below what a reader can see.
     */
    private static final float SIZE = 20f;

    /**
     * How much larger than the text's em a formula is drawn: Computer Modern, JLaTeXMath's font, has a small
     * x-height, and beside DejaVu Sans, the guides' font, it looks a size smaller at the same em.
     */
    private static final double SCALE = 1.12;

    /** The margin around each drawing, in JLaTeXMath's pixels. */
    private static final int MARGIN = 2;

    /** Keeps memory bounded on hostile input; a course has far fewer distinct formulas. */
    private static final int MAX_CACHED = 20_000;

    /** Longer sources are refused: JLaTeXMath's layout is recursive, and no real formula comes near this. */
    static final int MAX_SOURCE_LENGTH = 4_000;

    /** One for the build process: a formula renders the same for every lesson and every build of the process. */
    private static final FormulaRenderer SHARED = new FormulaRenderer();

    /**
     * JLaTeXMath keeps its macros and fonts in static state that it fills on first use and that its authors do not
     * promise is safe to share; rendering one formula takes milliseconds, so formulas are laid out one at a time.
     */
    private static final Object JLATEXMATH = new Object();

    /**
     * JLaTeXMath commands that read files or URLs ({@code \includegraphics} loads an image from any path or
     * address), or that change JLaTeXMath's static state and so how every later formula of the process renders
     * (macro and colour definitions, the magnification, the fonts). A build reads nothing outside the lesson folder,
     * and a formula must render the same whichever formulas came before it.
     */
    private static final Pattern REFUSED = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(includegraphics|jlmDynamic"
            + "|jlmXML|jlmExternalFont|jlmText[A-Za-z]*|newcommand|renewcommand|newenvironment|renewenvironment"
            + "|definecolor|DeclareMathSizes|magnification|makeatletter|makeatother)(?![A-Za-z])");

    private final Map<Formula, RenderedFormula> cache = new ConcurrentHashMap<>();

    FormulaRenderer() {
    }

    public static FormulaRenderer shared() {
        return SHARED;
    }

    /** The formula's drawing, or the parser's message when it does not parse. */
    public RenderedFormula render(Formula formula) {
        RenderedFormula cached = cache.get(formula);
        if (cached != null) {
            return cached;
        }
        RenderedFormula rendered = renderUncached(formula);
        if (cache.size() < MAX_CACHED) {
            cache.putIfAbsent(formula, rendered);
        }
        return rendered;
    }

    private static RenderedFormula renderUncached(Formula formula) {
        if (formula.source().isEmpty()) {
            return RenderedFormula.failed("the formula is empty");
        }
        if (formula.source().length() > MAX_SOURCE_LENGTH) {
            return RenderedFormula.failed("the formula is " + formula.source().length() + " characters long; at most "
                    + MAX_SOURCE_LENGTH + " are supported");
        }
        Matcher refused = REFUSED.matcher(formula.source());
        if (refused.find()) {
            return RenderedFormula.failed("\\" + refused.group(1) + " is not supported: it would read a file or change"
                    + " how other formulas render");
        }
        synchronized (JLATEXMATH) {
            TeXIcon icon;
            try {
                icon = new TeXFormula(formula.source()).createTeXIcon(
                        formula.display() ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, SIZE);
            } catch (JMathTeXException e) {
                return RenderedFormula.failed(message(e));
            } catch (RuntimeException | StackOverflowError e) {
                // JLaTeXMath fails on some malformed input with its own bugs rather than a ParseException.
                return RenderedFormula.failed("JLaTeXMath cannot lay it out (" + e.getClass().getSimpleName() + ")");
            }
            // A margin for what JLaTeXMath draws beyond its boxes: the overhang of italic letters and of scripts,
            // narrower at the sides, where the text's own spaces follow.
            icon.setInsets(new Insets(MARGIN, MARGIN / 2, MARGIN, MARGIN / 2));
            return draw(icon);
        }
    }

    private static RenderedFormula draw(TeXIcon icon) {
        DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
        org.w3c.dom.Document document = dom.createDocument(SVG_NAMESPACE, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null); // Batik's generator comment: noise in every formula
        context.setPrecision(3);
        SVGGraphics2D graphics = new SVGGraphics2D(context, true); // true: text as outlines, no font needed
        icon.setForeground(Color.BLACK);
        int width = icon.getIconWidth();
        int height = icon.getIconHeight();
        graphics.setSVGCanvasSize(new Dimension(width, height));
        icon.paintIcon(null, graphics, 0, 0);
        Element root = graphics.getRoot();
        // The guides size the drawing in em; the view box keeps its proportions whatever size that is.
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "width", Integer.toString(width));
        root.setAttributeNS(null, "height", Integer.toString(height));
        StringWriter out = new StringWriter();
        try {
            graphics.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("Batik could not write a formula's drawing", e);
        }
        double em = SIZE / SCALE;
        return new RenderedFormula(Optional.of(clean(out.toString())), width / em, height / em,
                icon.getIconDepth() / em, Optional.empty());
    }

    /**
     * Drops what Batik writes that the drawing does not need: the XML declaration and the DOCTYPE (whose DTD a
     * reader might try to fetch), and the font names of the glyphs, which are outlines here and need no font.
     */
    static String clean(String svg) {
        return svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "")
                .replaceFirst("^<!DOCTYPE[^>]*>\\s*", "")
                .replaceAll("font-family:'[^']*';\\s*", "")
                .replaceAll("\\s*\\n\\s*", " ")
                .strip();
    }

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** JLaTeXMath's messages name a position in the formula; they can span lines, which a log line cannot. */
    private static String message(JMathTeXException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
