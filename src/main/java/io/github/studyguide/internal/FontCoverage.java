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
 * Which characters the PDF's fonts (DejaVu Sans for text, DejaVu Sans Mono for code, shipped with the plugin) can
 * draw. The renderer prints {@code #} for any other, without a word: Chinese, Japanese and Korean text and emoji,
 * for instance. Read from each font's own character map, once, and only when a lesson has a character past Latin
 * Extended-B, all of which both fonts have.
 */
public enum FontCoverage {

    /** DejaVu Sans, for text. */
    TEXT("DejaVuSans.ttf"),
    /** DejaVu Sans Mono, for code, which has fewer symbols. */
    CODE("DejaVuSansMono.ttf");

    /** Where the shipped fonts live in the jasperreports-fonts jar; the PDF writer reads them from there too. */
    public static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    /** Every code point below this is in both fonts (Basic Latin to Latin Extended-B). */
    public static final int ALWAYS_COVERED = 0x250;

    private final String file;
    private volatile BitSet covered;

    FontCoverage(String file) {
        this.file = file;
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        return codePoint < ALWAYS_COVERED || Character.isISOControl(codePoint) || coverage().get(codePoint);
    }

    private BitSet coverage() {
        BitSet known = covered;
        if (known == null) {
            known = read();
            covered = known;
        }
        return known;
    }

    private BitSet read() {
        String resource = FONT_FOLDER + file;
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
