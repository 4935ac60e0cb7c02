package io.github.studyguide.math;

import org.apache.batik.ext.awt.g2d.AbstractGraphics2D;
import org.apache.batik.ext.awt.g2d.GraphicContext;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link java.awt.Graphics2D} that records what is drawn on it as SVG path data, every glyph turned into its
 * outline and everything of one colour into one {@code <path>}. JLaTeXMath draws only glyphs, filled rectangles
 * and lines; a general SVG generator (Batik's {@code SVGGraphics2D}) writes a group with a dozen style properties
 * around every glyph, about 38 KB for a display formula, against a few KB here. Images and text attributes, which
 * JLaTeXMath does not use for formulas, draw nothing. Not thread-safe: one per drawing.
 */
final class OutlineRecorder extends AbstractGraphics2D {

    /** One run of drawing in one colour and fill rule, in drawing order. */
    private record Run(String fill, boolean evenOdd, StringBuilder data) {
    }

    /** Shared by this recorder and every copy {@link #create()} makes, as the canvas is. */
    private final List<Run> runs;

    OutlineRecorder() {
        super(true);
        this.gc = new GraphicContext();
        this.runs = new ArrayList<>();
    }

    private OutlineRecorder(OutlineRecorder original) {
        super(original);
        this.runs = original.runs;
    }

    /** The drawing as an SVG document of {@code width} by {@code height} user units. */
    String svg(int width, int height) {
        StringBuilder svg = new StringBuilder(256).append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\">");
        for (Run run : runs) {
            svg.append("<path fill=\"").append(run.fill()).append('"');
            if (run.evenOdd()) {
                svg.append(" fill-rule=\"evenodd\"");
            }
            svg.append(" d=\"").append(run.data()).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    @Override
    public void fill(Shape shape) {
        Paint paint = gc.getPaint();
        Color color = paint instanceof Color c ? c : Color.BLACK;
        PathIterator path = shape.getPathIterator(gc.getTransform());
        boolean evenOdd = path.getWindingRule() == PathIterator.WIND_EVEN_ODD;
        String fill = fill(color);
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        StringBuilder data;
        if (last != null && last.fill().equals(fill) && last.evenOdd() == evenOdd) {
            data = last.data();
        } else {
            data = new StringBuilder(1024);
            runs.add(new Run(fill, evenOdd, data));
        }
        double[] c = new double[6];
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> points(data, 'M', c, 1);
                case PathIterator.SEG_LINETO -> points(data, 'L', c, 1);
                case PathIterator.SEG_QUADTO -> points(data, 'Q', c, 2);
                case PathIterator.SEG_CUBICTO -> points(data, 'C', c, 3);
                default -> data.append('Z');
            }
        }
    }

    private static String fill(Color color) {
        String rgb = String.format("#%06x", color.getRGB() & 0xffffff);
        return color.getAlpha() == 255 ? rgb : rgb + "\" fill-opacity=\"" + number(color.getAlpha() / 255.0);
    }

    private static void points(StringBuilder data, char command, double[] coordinates, int count) {
        data.append(command);
        for (int i = 0; i < count * 2; i++) {
            if (i > 0) {
                data.append(' ');
            }
            data.append(number(coordinates[i]));
        }
    }

    /**
     * A coordinate to one decimal, a trailing zero dropped: the drawing's unit is a twentieth of an em, so this is a
     * two-hundredth of an em (0.05 pt in 10 pt text), below what print or a screen shows.
     */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        StringBuilder text = new StringBuilder(12);
        if (tenths < 0) {
            text.append('-');
            tenths = -tenths;
        }
        text.append(tenths / 10);
        if (tenths % 10 != 0) {
            text.append('.').append(tenths % 10);
        }
        return text.toString();
    }

    @Override
    public void draw(Shape shape) {
        fill(gc.getStroke().createStrokedShape(shape));
    }

    @Override
    public void drawString(String text, float x, float y) {
        drawGlyphVector(getFont().createGlyphVector(getFontRenderContext(), text), x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator text, float x, float y) {
        StringBuilder plain = new StringBuilder();
        for (char c = text.first(); c != AttributedCharacterIterator.DONE; c = text.next()) {
            plain.append(c);
        }
        drawString(plain.toString(), x, y);
    }

    @Override
    public Graphics create() {
        return new OutlineRecorder(this);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return GraphicsEnvironment.isHeadless() ? null
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics().getFontMetrics(font);
    }

    @Override
    public void setXORMode(Color color) {
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    }

    @Override
    public boolean drawImage(Image image, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image image, int x, int y, int width, int height, ImageObserver observer) {
        return true;
    }

    @Override
    public void drawRenderedImage(RenderedImage image, AffineTransform transform) {
    }

    @Override
    public void drawRenderableImage(RenderableImage image, AffineTransform transform) {
    }

    @Override
    public void dispose() {
    }
}
