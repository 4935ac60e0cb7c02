package io.github.studyguide.pdf;

import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws lines of text centred on pages that are already drawn: the running header and the page number.
 *
 * <p>It writes the few operators itself rather than through {@link org.apache.pdfbox.pdmodel.PDPageContentStream},
 * whose constructor costs more than a stamp (a {@code NumberFormat} and a {@code Deflater} each): over the 4,500
 * pages of a large guide that was most of the time spent numbering them. The stamps are left uncompressed, as a
 * compressed stream of under 200 bytes is no smaller once it names its filter. The stamp restores the graphics state
 * that the guide saves before the page's own content ({@link PdfAssembler}), so that it starts from the page's
 * untransformed coordinates whatever the content left behind.
 */
final class PageStamper {

    /** A line of text to draw: its size in points, its grey level (0 is black), and its baseline. */
    record Line(String text, float size, float grey, float baseline) {
    }

    private record Glyph(PDType0Font font, byte[] code, float width) {
    }

    /** Which font draws a character. */
    @FunctionalInterface
    interface FontChoice {
        PDType0Font fontFor(int codePoint) throws IOException;
    }

    /** The name a page's resources give a font, added to them if they have none for it. */
    @FunctionalInterface
    interface FontNames {
        String nameOf(PDType0Font font);
    }

    private final FontChoice fonts;
    private final Map<Integer, Glyph> glyphs = new HashMap<>();

    /**
     * @param fonts the font for each character, each a font that PDFBox will subset once every stamp is drawn
     *     ({@link SharedFonts}): a Japanese section heading needs another font than DejaVu Sans
     */
    PageStamper(FontChoice fonts) {
        this.fonts = fonts;
    }

    /**
     * The content that draws the lines on a page of size {@code box}, as an artifact (screen readers skip it). It
     * begins by restoring the graphics state, so the page's own content must be wrapped in {@code q} before it.
     */
    byte[] content(PDRectangle box, FontNames names, Line... lines) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream(256);
        ascii(content, "Q\n/Artifact BMC\n");
        for (Line line : lines) {
            List<Glyph> glyphs = new ArrayList<>();
            float width = 0;
            // An Arabic or Hebrew section title reads right to left in its header too.
            String text = JdkBidiReorderer.visualLine(line.text());
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                Glyph glyph = glyph(text.codePointAt(i));
                glyphs.add(glyph);
                width += glyph.width();
            }
            float x = box.getLowerLeftX() + (box.getWidth() - width / 1000 * line.size()) / 2;
            String grey = decimal(line.grey());
            // One run of text per font; the text position moves on after each run, so the runs follow each other.
            ByteArrayOutputStream code = new ByteArrayOutputStream(2 * line.text().length());
            for (int i = 0; i < glyphs.size(); i++) {
                PDType0Font font = glyphs.get(i).font();
                String fontName = names.nameOf(font);
                ascii(content, i == 0 ? "BT\n/" + fontName + " " + decimal(line.size()) + " Tf\n" + grey + " " + grey
                        + " " + grey + " rg\n" + decimal(x) + " " + decimal(line.baseline()) + " Td\n"
                        : "\n/" + fontName + " " + decimal(line.size()) + " Tf\n");
                code.reset();
                while (i < glyphs.size() && glyphs.get(i).font() == font) {
                    code.writeBytes(glyphs.get(i).code());
                    i++;
                }
                i--;
                COSWriter.writeString(code.toByteArray(), content);
                ascii(content, " Tj");
            }
            if (glyphs.isEmpty()) {
                String fontName = names.nameOf(fonts.fontFor(' '));
                ascii(content, "BT\n/" + fontName + " " + decimal(line.size()) + " Tf\n" + grey + " " + grey + " "
                        + grey + " rg\n" + decimal(x) + " " + decimal(line.baseline()) + " Td\n");
                COSWriter.writeString(new byte[0], content);
                ascii(content, " Tj");
            }
            ascii(content, "\nET\n");
        }
        ascii(content, "EMC\n");
        return content.toByteArray();
    }

    /** A code point's font, its bytes in the font and its width in thousandths of the font size, looked up once. */
    private Glyph glyph(int codePoint) throws IOException {
        Glyph glyph = glyphs.get(codePoint);
        if (glyph == null) {
            String text = new String(Character.toChars(codePoint));
            PDType0Font font = fonts.fontFor(codePoint);
            byte[] code;
            try {
                code = font.encode(text);
            } catch (IllegalArgumentException e) {
                // No font has the character: print # as the renderer does, rather than fail the whole guide over
                // a section heading in a script the fonts lack (the check goal warns about it).
                text = "#";
                code = font.encode(text);
            }
            glyph = new Glyph(font, code, font.getStringWidth(text));
            font.addToSubset(text.codePointAt(0));
            glyphs.put(codePoint, glyph);
        }
        return glyph;
    }

    /** A number as a PDF operand: to a hundredth of a point, without an exponent or trailing zeros. */
    static String decimal(float value) {
        return BigDecimal.valueOf(Math.round(value * 100.0), 2).stripTrailingZeros().toPlainString();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
