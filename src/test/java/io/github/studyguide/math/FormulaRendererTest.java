package io.github.studyguide.math;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaRendererTest {

    private final FormulaRenderer renderer = new FormulaRenderer();

    @Test
    void drawsGlyphsAsOutlinesWithoutText() {
        RenderedFormula rendered = renderer.render(new Formula("E[X] = \\sum_i x_i p_i", false));
        assertTrue(rendered.rendered(), rendered.error().orElse(""));
        String svg = rendered.svg().orElseThrow();
        assertTrue(svg.contains("<path"), svg);
        assertFalse(svg.contains("<text"), svg);
        assertFalse(svg.contains("font-family"), svg);
        assertTrue(rendered.widthEm() > 3 && rendered.heightEm() > 0.5, rendered.toString());
    }

    @Test
    void reportsTheParsersMessage() {
        RenderedFormula rendered = renderer.render(new Formula("a}", true));
        assertFalse(rendered.rendered());
        RenderedFormula unknown = renderer.render(new Formula("\\nosuchcommand{x}", true));
        assertFalse(unknown.rendered());
    }

    @Test
    void rendersEachFormulaOnce() {
        Formula formula = new Formula("a^2 + b^2 = c^2", true);
        assertSame(renderer.render(formula), renderer.render(new Formula(" a^2 + b^2 = c^2 ", true)));
        assertEquals(renderer.render(formula).svg(), new FormulaRenderer().render(formula).svg());
    }

    @Test
    void refusesCommandsThatReadFiles() {
        assertEquals("\\includegraphics is not supported: it would read a file or change how other formulas render",
                renderer.render(new Formula("x \\includegraphics{/etc/hostname}", false)).error().orElseThrow());
    }

    @Test
    void refusesDefinitionsThatWouldLeakIntoLaterFormulas() {
        assertFalse(renderer.render(new Formula("\\newcommand{\\RR}{\\mathbb{R}} x \\in \\RR", false)).rendered());
        // JLaTeXMath keeps definitions for the whole process: had the first been run, this would now render.
        assertFalse(renderer.render(new Formula("x \\in \\RR", false)).rendered());
        assertFalse(renderer.render(new Formula("\\definecolor{mine}{rgb}{1,0,0} x", false)).rendered());
    }

    @Test
    void aLineBreakBeforeTheWordIsNoCommand() {
        assertTrue(renderer.render(new Formula("a \\\\newcommand", true)).rendered());
    }
}
