package io.github.studyguide.math;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutlineRecorderTest {

    @Test
    void writesCoordinatesToOneDecimal() {
        assertEquals("12.4", OutlineRecorder.number(12.35));
        assertEquals("3", OutlineRecorder.number(3.0));
        assertEquals("-0.1", OutlineRecorder.number(-0.06));
        assertEquals("0", OutlineRecorder.number(-0.04));
    }

    @Test
    void recordsShapesInTheCurrentTransformAndOnePathPerColour() {
        OutlineRecorder recorder = new OutlineRecorder();
        recorder.scale(2, 2);
        recorder.fill(new Rectangle2D.Double(1, 1, 2, 1));
        recorder.fill(new Rectangle2D.Double(5, 1, 1, 1));
        recorder.setColor(Color.RED);
        recorder.fill(new Rectangle2D.Double(0, 0, 1, 1));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\" viewBox=\"0 0 20 10\">"
                + "<path fill=\"#000000\" d=\"m2 2h4v2h-4v-2zm8 0h2v2h-2v-2z\"/>"
                + "<path fill=\"#ff0000\" d=\"m0 0h2v2h-2v-2z\"/></svg>", recorder.svg(20, 10));
    }

    /**
     * Relative data is written from the current point as rounded, so a hundred steps of 0.04 end at 4, not at 0
     * (each step rounds to 0) nor at 10 (each step rounds to 0.1); a line that ends where it starts is left out.
     */
    @Test
    void relativeDataNeverAddsUpRoundingAndSkipsEmptyLines() {
        OutlineRecorder recorder = new OutlineRecorder();
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        path.moveTo(1.26, -0.5);
        path.lineTo(1.26, -0.5);
        for (int k = 1; k <= 100; k++) {
            path.lineTo(1.26 + 0.04 * k, -0.5);
        }
        path.quadTo(6, 1, 7.1, 2);
        recorder.fill(path);
        String data = recorder.svg(8, 3).replaceFirst(".* d=\"", "").replaceFirst("\"/>.*", "");
        assertTrue(data.startsWith("m1.3-.5h.1h.1"), data);
        double x = 0;
        for (var step : java.util.regex.Pattern.compile("h(-?[0-9.]+)").matcher(data).results().toList()) {
            x += Double.parseDouble(step.group(1));
        }
        assertEquals(4.0, x, 1e-9, data);
        assertTrue(data.endsWith("q.7 1.5 1.8 2.5"), data);
    }

    @Test
    void drawsTextAsOutlines() throws Exception {
        OutlineRecorder recorder = new OutlineRecorder();
        // JLaTeXMath's own font, as formulas use: a machine may have no system fonts at all.
        try (var in = org.scilab.forge.jlatexmath.TeXFormula.class.getResourceAsStream("fonts/base/jlm_cmmi10.ttf")) {
            recorder.setFont(Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f));
        }
        recorder.drawString("x", 1f, 10f);
        String svg = recorder.svg(10, 12);
        assertTrue(svg.contains("<path fill=\"#000000\" d=\"m"), svg);
        assertTrue(!svg.contains("<text"), svg);
    }
}
