package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.pdf.file.PdfFileReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageStamperTest {

    @Test
    void centresTheLinesWhereverThePageContentLeftTheCoordinates() throws IOException {
        // Content that scales and moves the coordinates and never restores them.
        byte[] pdf = stamped(part(1, content -> content.transform(new Matrix(2, 0, 0, 2, 50, 50))));
        try (PDDocument saved = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = glyphs(saved);
            assertEquals("xSection 7: Containers1", glyphs.stream().map(TextPosition::getUnicode)
                    .reduce("", String::concat));
            TextPosition first = glyphs.get(1);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            float width = PDRectangle.A4.getWidth();
            // The header's first glyph and the number's last glyph sit where centring puts them, in page space.
            float headerWidth = stringWidth(first.getFont(), "Section 7: Containers") / 1000 * 8.5f;
            assertEquals((width - headerWidth) / 2, first.getXDirAdj(), 0.05);
            assertEquals(34, first.getYDirAdj(), 0.05);
            float numberWidth = stringWidth(last.getFont(), "1") / 1000 * 9;
            assertEquals((width + numberWidth) / 2, last.getXDirAdj() + last.getWidthDirAdj(), 0.05);
            assertTrue(first.getFont().getName().matches("[A-Z]{6}\\+DejaVuSans"),
                    "the font is embedded as a subset: " + first.getFont().getName());
        }
    }

    @Test
    void everyPageSharesOneStreamThatSavesTheGraphicsState() throws IOException {
        try (PDDocument saved = Loader.loadPDF(stamped(part(2, content -> { })))) {
            COSArray first = saved.getPage(0).getCOSObject().getCOSArray(COSName.CONTENTS);
            COSArray second = saved.getPage(1).getCOSObject().getCOSArray(COSName.CONTENTS);
            assertEquals(3, first.size(), "the saved state, the page's content, the stamp");
            assertSame(first.getObject(0), second.getObject(0));
        }
    }

    /** A part of {@code pages} A4 pages, each with an "x" and then what {@code more} draws. */
    private static byte[] part(int pages, ContentDrawing more) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(helvetica, 10);
                    content.newLineAtOffset(100, 400);
                    content.showText("x");
                    content.endText();
                    more.draw(content);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** The part joined alone, in a section headed "Section 7: Containers" from its first page. */
    private static byte[] stamped(byte[] part) throws IOException {
        try (PdfAssembler assembler = new PdfAssembler(false, ConfiguredFonts.NONE)) {
            assembler.append(PdfAssembler.prepare(PdfFileReader.read(part), ConfiguredFonts.NONE));
            assembler.stampPages(0, 0, new TreeMap<>(Map.of(0, "Section 7: Containers")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assembler.save(new GuideInfo("Guide", Optional.empty(), Optional.empty(), "en", "id", Instant.EPOCH), new byte[16], out);
            return out.toByteArray();
        }
    }

    @FunctionalInterface
    private interface ContentDrawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    @Test
    void writesNumbersToAHundredthWithoutExponentOrTrailingZeros() {
        assertEquals("28", PageStamper.decimal(28f));
        assertEquals("0.33", PageStamper.decimal(0.33f));
        assertEquals("297.64", PageStamper.decimal(297.6378f));
        assertEquals("-1.5", PageStamper.decimal(-1.5f));
        assertEquals("0", PageStamper.decimal(0.001f));
        assertEquals("12345678", PageStamper.decimal(12345678f));
    }

    private static float stringWidth(PDFont font, String text) throws IOException {
        return font.getStringWidth(text);
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.getText(document);
        return glyphs;
    }
}
