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
                + "<path fill=\"#000000\" d=\"M2 2L6 2L6 4L2 4L2 2ZM10 2L12 2L12 4L10 4L10 2Z\"/>"
                + "<path fill=\"#ff0000\" d=\"M0 0L2 0L2 2L0 2L0 0Z\"/></svg>", recorder.svg(20, 10));
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
        assertTrue(svg.contains("<path fill=\"#000000\" d=\"M"), svg);
        assertTrue(!svg.contains("<text"), svg);
    }
}
