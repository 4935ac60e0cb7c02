package io.github.studyguide.pdf;

import org.apache.pdfbox.Loader;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageStamperTest {

    @Test
    void centresTheLinesWhereverThePageContentLeftTheCoordinates() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // Content that scales and moves the coordinates and never restores them.
                content.transform(new org.apache.pdfbox.util.Matrix(2, 0, 0, 2, 50, 50));
            }
            PageStamper stamper = new PageStamper(document,
                    SharedFonts.share(document, List.of()).sans());
            stamper.stamp(page, new PageStamper.Line("Section 7: Containers", 8.5f, 0.33f, 800),
                    new PageStamper.Line("42", 9, 0.2f, 28));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument saved = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = glyphs(saved);
            assertEquals("Section 7: Containers42", glyphs.stream().map(TextPosition::getUnicode)
                    .reduce("", String::concat));
            TextPosition first = glyphs.get(0);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            float width = PDRectangle.A4.getWidth();
            // The header's first glyph and the number's last glyph sit where centring puts them, in page space.
            float headerWidth = stringWidth(first.getFont(), "Section 7: Containers") / 1000 * 8.5f;
            assertEquals((width - headerWidth) / 2, first.getXDirAdj(), 0.05);
            assertEquals(PDRectangle.A4.getHeight() - 800, first.getYDirAdj(), 0.05);
            float numberWidth = stringWidth(last.getFont(), "42") / 1000 * 9;
            assertEquals((width + numberWidth) / 2, last.getXDirAdj() + last.getWidthDirAdj(), 0.05);
            assertTrue(first.getFont().getName().matches("[A-Z]{6}\\+DejaVuSans"),
                    "the font is embedded as a subset: " + first.getFont().getName());
        }
    }

    @Test
    void everyPageSharesOneStreamThatSavesTheGraphicsState() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PageStamper stamper = new PageStamper(document,
                    SharedFonts.share(document, List.of()).sans());
            List<PDPage> pages = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                stamper.stamp(page, new PageStamper.Line(Integer.toString(i + 1), 9, 0.2f, 28));
                pages.add(page);
            }
            COSArray first = pages.get(0).getCOSObject().getCOSArray(COSName.CONTENTS);
            COSArray second = pages.get(1).getCOSObject().getCOSArray(COSName.CONTENTS);
            assertEquals(2, first.size());
            assertSame(first.getObject(0), second.getObject(0));
        }
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
