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

    /**
     * One run of drawing in one colour and fill rule, in drawing order, and where its path data has got to: the
     * data is relative ({@code m}, {@code l}, {@code h}, {@code v}, {@code q}, {@code c}), in tenths of a unit, from
     * the current point rounded as written, so that rounding never adds up along a path. Relative data is about
     * half the size of absolute data: the guides carry every drawing in the XHTML, the PDF and the EPUB.
     */
    private static final class Run {
        final String fill;
        final boolean evenOdd;
        final StringBuilder data = new StringBuilder(1024);
        /** The current point and the start of the current subpath, in tenths. */
        long x;
        long y;
        long startX;
        long startY;

        Run(String fill, boolean evenOdd) {
            this.fill = fill;
            this.evenOdd = evenOdd;
        }
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
            svg.append("<path fill=\"").append(run.fill).append('"');
            if (run.evenOdd) {
                svg.append(" fill-rule=\"evenodd\"");
            }
            svg.append(" d=\"").append(run.data).append("\"/>");
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
        Run run;
        if (last != null && last.fill.equals(fill) && last.evenOdd == evenOdd) {
            run = last;
        } else {
            run = new Run(fill, evenOdd);
            runs.add(run);
        }
        double[] c = new double[6];
        long[] t = new long[6];
        for (; !path.isDone(); path.next()) {
            int segment = path.currentSegment(c);
            for (int i = 0; i < t.length; i++) {
                t[i] = Math.round(c[i] * 10);
            }
            switch (segment) {
                case PathIterator.SEG_MOVETO -> {
                    points(run, 'm', t, 1);
                    run.startX = run.x;
                    run.startY = run.y;
                }
                case PathIterator.SEG_LINETO -> line(run, t[0], t[1]);
                case PathIterator.SEG_QUADTO -> points(run, 'q', t, 2);
                case PathIterator.SEG_CUBICTO -> points(run, 'c', t, 3);
                default -> {
                    run.data.append('z');
                    run.x = run.startX;
                    run.y = run.startY;
                }
            }
        }
    }

    /** A line as {@code h}, {@code v} or {@code l}; none when it ends where it starts, as glyph outlines often do. */
    private static void line(Run run, long x, long y) {
        long dx = x - run.x;
        long dy = y - run.y;
        if (dx == 0 && dy == 0) {
            return;
        }
        if (dy == 0) {
            run.data.append('h');
            tenths(run.data, dx);
        } else if (dx == 0) {
            run.data.append('v');
            tenths(run.data, dy);
        } else {
            run.data.append('l');
            tenths(run.data, dx);
            separated(run.data, dy);
        }
        run.x = x;
        run.y = y;
    }

    /** A relative command whose last point becomes the current one; none for a curve that is a point. */
    private static void points(Run run, char command, long[] t, int count) {
        boolean still = command != 'm';
        for (int i = 0; i < 2 * count; i++) {
            still &= t[i] == (i % 2 == 0 ? run.x : run.y);
        }
        if (still) {
            return;
        }
        run.data.append(command);
        for (int i = 0; i < count; i++) {
            long dx = t[2 * i] - run.x;
            long dy = t[2 * i + 1] - run.y;
            if (i == 0) {
                tenths(run.data, dx);
            } else {
                separated(run.data, dx);
            }
            separated(run.data, dy);
        }
        run.x = t[2 * count - 2];
        run.y = t[2 * count - 1];
    }

    /** A number after another: a minus sign separates it, else a space. */
    private static void separated(StringBuilder data, long tenths) {
        if (tenths >= 0) {
            data.append(' ');
        }
        tenths(data, tenths);
    }

    /** Tenths as a decimal, a trailing zero dropped and a leading one too ({@code .5}, {@code -1.2}, {@code 3}). */
    private static void tenths(StringBuilder data, long tenths) {
        if (tenths < 0) {
            data.append('-');
            tenths = -tenths;
        }
        if (tenths >= 10 || tenths == 0) {
            data.append(tenths / 10);
        }
        if (tenths % 10 != 0) {
            data.append('.').append(tenths % 10);
        }
    }

    private static String fill(Color color) {
        String rgb = String.format("#%06x", color.getRGB() & 0xffffff);
        return color.getAlpha() == 255 ? rgb : rgb + "\" fill-opacity=\"" + number(color.getAlpha() / 255.0);
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
