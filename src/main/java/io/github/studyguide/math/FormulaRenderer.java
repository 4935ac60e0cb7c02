package io.github.studyguide.math;

import org.scilab.forge.jlatexmath.JMathTeXException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Color;
import java.awt.Insets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out LaTeX formulas with JLaTeXMath and records the drawing as SVG paths ({@link OutlineRecorder}), every
 * glyph turned into its outline: the SVG then needs no font, so the PDF holds vectors and an e-reader shows the
 * same shapes. Each formula is rendered once per build process and then read from memory, keyed by its source.
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
        OutlineRecorder recorder = new OutlineRecorder();
        icon.setForeground(Color.BLACK);
        int width = icon.getIconWidth();
        int height = icon.getIconHeight();
        icon.paintIcon(null, recorder, 0, 0);
        // The guides size the drawing in em; its view box keeps its proportions whatever size that is.
        double em = SIZE / SCALE;
        return new RenderedFormula(Optional.of(recorder.svg(width, height)), width / em, height / em,
                icon.getIconDepth() / em, Optional.empty());
    }

    /** JLaTeXMath's messages name a position in the formula; they can span lines, which a log line cannot. */
    private static String message(JMathTeXException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
