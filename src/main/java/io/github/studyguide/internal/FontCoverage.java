package io.github.studyguide.internal;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

/**
 * Which characters the PDF's fonts (DejaVu Sans for text, DejaVu Sans Mono for code, shipped with the plugin) can
 * draw. The renderer prints {@code #} for any other, without a word: Chinese, Japanese and Korean text and emoji,
 * for instance. Read from each font's own character map, once, and only when a lesson has a character the font
 * may lack: Latin text needs no lookup.
 */
public enum FontCoverage {

    /** DejaVu Sans, for text: it has every character below Latin Extended-B's end. */
    TEXT("DejaVuSans.ttf", 0x250),
    /** DejaVu Sans Mono, for code, which has fewer symbols and lacks some Latin Extended-B letters from Ǆ on. */
    CODE("DejaVuSansMono.ttf", 0x1C4);

    /** Where the shipped fonts live in the jasperreports-fonts jar; the PDF writer reads them from there too. */
    public static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private final String file;
    private final int coveredBelow;
    private volatile BitSet covered;

    FontCoverage(String file, int coveredBelow) {
        this.file = file;
        this.coveredBelow = coveredBelow;
    }

    /** Every code point below this is in the font, so that Latin text needs no lookup (checked by a test). */
    public int coveredBelow() {
        return coveredBelow;
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        return codePoint < coveredBelow || coverage().get(codePoint);
    }

    /** Whether the font's character map has {@code codePoint}, without the shortcut; for tests. */
    boolean mapHas(int codePoint) {
        return coverage().get(codePoint);
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
        byte[] bytes = Resources.bytes(FontCoverage.class, FONT_FOLDER + file);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet glyphs = new BitSet();
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codePoints = cmap.getCharCodes(glyph);
                if (codePoints != null) {
                    codePoints.forEach(glyphs::set);
                }
            }
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped font " + file, e);
        }
    }
}
