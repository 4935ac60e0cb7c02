package io.github.studyguide.pdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class FigureAltFallbackTest {

    @Test
    void anImageWithoutAltTextGetsItsFileName() {
        assertEquals("<p><img src=\"fig/colour_example.png\" alt=\"colour_example.png\" /></p>",
                FigureAltFallback.fill("<p><img src=\"fig/colour_example.png\" alt=\"\" /></p>"));
        assertEquals("<img src=\"a%20b/c.svg?x=1\" alt=\"c.svg\">", FigureAltFallback.fill("<img src=\"a%20b/c.svg?x=1\">"));
        assertEquals("<img src=\"fig/x.png\" alt=\"x.png\" class=\"wide\" />",
                FigureAltFallback.fill("<img src=\"fig/x.png\" alt=\" \" class=\"wide\" />"));
    }

    @Test
    void anImageWithAltTextOrNoImageIsLeftAsItIs() {
        String described = "<img src=\"fig/x.png\" alt=\"A diagram &amp; its key\" />";
        assertEquals(described, FigureAltFallback.fill(described));
        String text = "<p>An &lt;img src=\"x.png\"&gt; shown as code.</p>";
        assertSame(text, FigureAltFallback.fill(text), "no image: the same string");
        assertEquals("<img src=\"data:image/png;base64,AAAA\" alt=\"image\" />",
                FigureAltFallback.fill("<img src=\"data:image/png;base64,AAAA\" alt=\"\" />"));
    }
}
