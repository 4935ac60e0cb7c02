package io.github.studyguide.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MathExtensionTest {

    private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(MathExtension.create()));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown)).strip();
    }

    private static String inline(String source) {
        return "<span class=\"math-tex inline\">" + source + "</span>";
    }

    private static String display(String source) {
        return "<span class=\"math-tex display\">" + source + "</span>";
    }

    @Test
    void findsInlineMath() {
        assertEquals("<p>Expected value " + inline("E[X] = \\sum_i x_i p_i") + ".</p>",
                html("Expected value $E[X] = \\sum_i x_i p_i$."));
    }

    @Test
    void keepsPricesAsText() {
        assertEquals("<p>costs $5, or $10 with tax</p>", html("costs $5, or $10 with tax"));
        assertEquals("<p>$20,000 and $30,000</p>", html("$20,000 and $30,000"));
    }

    @Test
    void needsNoSpaceInsideTheDollars() {
        assertEquals("<p>$ x$ and $x $ stay text</p>", html("$ x$ and $x $ stay text"));
    }

    @Test
    void closingDollarBeforeADigitClosesNothing() {
        assertEquals("<p>from $a$5 on</p>", html("from $a$5 on"));
    }

    @Test
    void escapedDollarsAreText() {
        assertEquals("<p>$x$ costs $2$</p>", html("\\$x\\$ costs \\$2\\$"));
    }

    @Test
    void keepsAnEscapedDollarInsideAFormula() {
        assertEquals("<p>" + inline("a \\$ b") + "</p>", html("$a \\$ b$"));
    }

    @Test
    void findsDisplayMathOnOneLineAndOnSeveral() {
        assertEquals("<p>" + display("a^2 + b^2") + "</p>", html("$$a^2 + b^2$$"));
        assertEquals("<p>" + display("\\begin{aligned}\na &amp;= b \\\\\nc &amp;= d\n\\end{aligned}") + "</p>",
                html("$$\n\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}\n$$"));
    }

    @Test
    void displayMathStopsAtABlankLine() {
        assertEquals("<p>$$\na</p>\n<p>b\n$$</p>", html("$$\na\n\nb\n$$"));
    }

    @Test
    void readsMathFences() {
        assertEquals("<p>" + display("\\int_0^1 x\\,dx") + "</p>", html("```math\n\\int_0^1 x\\,dx\n```"));
    }

    @Test
    void leavesOtherFencesAndCodeAlone() {
        assertEquals("<pre><code class=\"language-python\">x = &quot;$a$&quot;\n</code></pre>",
                html("```python\nx = \"$a$\"\n```"));
        assertEquals("<p><code>$a$</code> is code</p>", html("`$a$` is code"));
    }

    @Test
    void anEmptyPairIsText() {
        assertEquals("<p>$$$$ and $$ $$</p>", html("$$$$ and $$ $$"));
    }

    @Test
    void takesTheLastValidCloserAsPandocDoes() {
        assertEquals("<p>" + inline("5 and $6 then $x") + "</p>", html("$5 and $6 then $x$"));
    }

    @Test
    void findsFormulasAfterAnOpenerThatStoppedAtDisplayMath() {
        assertEquals("<p>$5 " + display("a") + " then " + inline("x") + "</p>", html("$5 $$a$$ then $x$"));
    }

    @Test
    void readsAParagraphOfManyPricesInLinearTime() {
        String prices = "$5 ".repeat(200_000);
        long start = System.nanoTime();
        String rendered = html(prices);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("<p>" + prices.strip() + "</p>", rendered);
        // Quadratic scanning took minutes here; linear takes well under a second even on a loaded machine.
        org.junit.jupiter.api.Assertions.assertTrue(millis < 20_000, millis + " ms");
    }

    @Test
    void stopsAtADisplayDelimiter() {
        assertEquals("<p>$a " + display("b") + "</p>", html("$a $$b$$"));
    }

    @Test
    void findsMathInListsAndTables() {
        assertEquals("<ul>\n<li>" + inline("x^2") + "</li>\n</ul>", html("- $x^2$"));
    }

    @Test
    void aDollarInCodeClosesNothing() {
        // As the Rust book writes it.
        assertEquals("<p>will be <em>$HOME/.cargo/bin</em>. Ensure that it is in your <code>$PATH</code></p>",
                html("will be *$HOME/.cargo/bin*. Ensure that it is in your `$PATH`"));
    }
}
