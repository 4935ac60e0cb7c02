package io.github.studyguide.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontTablesTest {

    private static byte[] dejaVuSans() throws IOException {
        try (InputStream in = FontTablesTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void dropsTheTableAndKeepsTheFontUsable() throws IOException {
        byte[] original = dejaVuSans();
        try (TrueTypeFont before = parse(original)) {
            assertTrue(before.getTableMap().containsKey("GSUB"), "the shipped font has GSUB to begin with");
        }
        byte[] stripped = FontTables.withoutTable(original, "GSUB");
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertFalse(after.getTableMap().containsKey("GSUB"));
            assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
            int glyph = before.getUnicodeCmapLookup().getGlyphId('A');
            assertEquals(glyph, after.getUnicodeCmapLookup().getGlyphId('A'));
            assertEquals(before.getAdvanceWidth(glyph), after.getAdvanceWidth(glyph));
        }
    }

    @Test
    void leavesFontsWithoutTheTableAlone() throws IOException {
        byte[] stripped = FontTables.withoutTable(dejaVuSans(), "GSUB");
        assertArrayEquals(stripped, FontTables.withoutTable(stripped, "GSUB"));
    }

    @Test
    void ignoresDataThatIsNotAFont() {
        byte[] junk = {1, 2, 3};
        assertArrayEquals(junk, FontTables.withoutTable(junk, "GSUB"));
    }
}
