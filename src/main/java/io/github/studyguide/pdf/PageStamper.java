package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * whose constructor costs more than a stamp (a {@code NumberFormat} and a {@code Deflater} each, and a stream of its
 * own per page to save the graphics state): over the 4,500 pages of a large guide that was most of the time spent
 * numbering them. The stamps are left uncompressed, as a compressed stream of under 200 bytes is no smaller once it
 * names its filter. Every page shares one stream that saves the graphics state before the page's own content, so that
 * the stamp, which restores it, starts from the page's untransformed coordinates whatever the content left behind.
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

    private final PDDocument document;
    private final FontChoice fonts;
    private final COSStream saveState;
    private final Map<Integer, Glyph> glyphs = new HashMap<>();

    /**
     * @param font a font of {@code document} that PDFBox will subset when the document is saved
     *     ({@link SharedFonts#sans()})
     */
    PageStamper(PDDocument document, PDType0Font font) throws IOException {
        this(document, codePoint -> font);
    }

    /**
     * @param fonts the font for each character, each a font of {@code document} that PDFBox will subset when the
     *     document is saved: a Japanese section heading needs another font than DejaVu Sans
     */
    PageStamper(PDDocument document, FontChoice fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.saveState = document.getDocument().createCOSStream();
        try (OutputStream out = saveState.createRawOutputStream()) {
            out.write("q\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Draws the lines on the page, as an artifact: screen readers skip them. */
    void stamp(PDPage page, Line... lines) throws IOException {
        resources(page);
        Map<PDType0Font, String> fontNames = new HashMap<>();
        PDRectangle box = page.getMediaBox();
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
                String fontName = fontNames.computeIfAbsent(font, f -> resources(page).add(f).getName());
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
                PDType0Font font = fonts.fontFor(' ');
                String fontName = fontNames.computeIfAbsent(font, f -> resources(page).add(f).getName());
                ascii(content, "BT\n/" + fontName + " " + decimal(line.size()) + " Tf\n" + grey + " " + grey + " "
                        + grey + " rg\n" + decimal(x) + " " + decimal(line.baseline()) + " Td\n");
                COSWriter.writeString(new byte[0], content);
                ascii(content, " Tj");
            }
            ascii(content, "\nET\n");
        }
        ascii(content, "EMC\n");
        COSStream stamp = document.getDocument().createCOSStream();
        try (OutputStream out = stamp.createRawOutputStream()) {
            content.writeTo(out);
        }
        COSArray contents = new COSArray();
        contents.add(saveState);
        // As written, a reference kept a reference: a part's stream keeps the object number it had in its part
        // only behind its reference, which PDFBox renumbers should another part's object have that number.
        COSBase existing = page.getCOSObject().getItem(COSName.CONTENTS);
        COSBase resolved = existing instanceof COSObject reference ? reference.getObject() : existing;
        if (resolved instanceof COSArray array) {
            array.forEach(contents::add);
        } else if (existing != null) {
            contents.add(existing);
        }
        contents.add(stamp);
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    private static PDResources resources(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            resources = new PDResources();
            page.setResources(resources);
        }
        return resources;
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
