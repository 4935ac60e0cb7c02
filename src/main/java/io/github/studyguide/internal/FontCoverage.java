package io.github.studyguide.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

/**
 * Which characters the PDF's body font (DejaVu Sans, shipped with the plugin) can draw. The renderer prints
 * {@code #} for any other, without a word: Chinese, Japanese and Korean text and emoji, for instance. Read from the
 * font's own character map, once, and only when a lesson has a character past Latin Extended-B, all of which the
 * font has.
 */
public final class FontCoverage {

    /** Where the shipped fonts live in the jasperreports-fonts jar; the PDF writer reads them from there too. */
    public static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    /** Every code point below this is in DejaVu Sans (Basic Latin to Latin Extended-B). */
    public static final int ALWAYS_COVERED = 0x250;

    private static volatile BitSet covered;

    private FontCoverage() {
    }

    /** Whether the PDF's body font has a glyph for {@code codePoint}. */
    public static boolean covers(int codePoint) {
        return codePoint < ALWAYS_COVERED || Character.isISOControl(codePoint) || coverage().get(codePoint);
    }

    private static BitSet coverage() {
        BitSet known = covered;
        if (known == null) {
            known = read();
            covered = known;
        }
        return known;
    }

    private static BitSet read() {
        String resource = FONT_FOLDER + "DejaVuSans.ttf";
        try (InputStream in = FontCoverage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the plugin's class path");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet glyphs = new BitSet();
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codePoints = cmap.getCharCodes(glyph);
                    if (codePoints != null) {
                        codePoints.forEach(glyphs::set);
                    }
                }
                return glyphs;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped font " + resource, e);
        }
    }
}
