package io.github.studyguide.math;

import java.util.Optional;

/** Says what is wrong with a formula that does not render, in the words of a build warning. */
public final class FormulaCheck {

    /** How much of a long formula a warning quotes. */
    private static final int QUOTED = 60;

    private FormulaCheck() {
    }

    /** The warning for {@code formula}, or empty when it renders. */
    public static Optional<String> problem(Formula formula) {
        return FormulaRenderer.shared().render(formula).error().map(error -> "the formula "
                + quote(formula) + " does not parse (" + error + "); correct its LaTeX, or write \\$ for a dollar"
                + " sign that is not math; the guides show its source as code");
    }

    private static String quote(Formula formula) {
        String source = formula.source().replaceAll("\\s+", " ");
        if (source.length() > QUOTED) {
            source = source.substring(0, QUOTED - 3) + "...";
        }
        String delimiter = formula.display() ? "$$" : "$";
        return delimiter + source + delimiter;
    }
}
