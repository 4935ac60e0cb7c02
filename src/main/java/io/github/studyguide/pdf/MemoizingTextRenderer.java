package io.github.studyguide.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers what it has learnt about each word. PDFBox measures a string by encoding it glyph by glyph through the
 * font's CMaps; line breaking measures each word, often more than once, and drawing a word measures it again only
 * to learn whether the first font has all its glyphs. Those two were the largest costs of laying out a guide. Both
 * answers depend only on the fonts, the size and the text, which the keys hold, so the pages are the same as
 * without this class. One instance serves one renderer, which lays out and draws on a single thread.
 */
final class MemoizingTextRenderer extends PdfBoxTextRenderer {

    /**
     * The font the output device draws with. openhtmltopdf sets it on the device and has no getter, so it is read
     * from the field; should a new version rename it, drawing takes the device's own (slower) path.
     */
    private static final Field CURRENT_FONT = currentFontField();

    /** The fonts are compared by identity (their descriptions do not override equals), the size and text by value. */
    private record Measure(List<?> fonts, float size, String text) {
    }

    private record Glyphs(PDFont font, String text) {
    }

    private final Map<Measure, Integer> widths = new HashMap<>();
    private final Map<Glyphs, Boolean> inFirstFont = new HashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        if (!(font instanceof PdfBoxFSFont pdfFont) || string == null) {
            return super.getWidth(context, font, string);
        }
        Measure key = new Measure(pdfFont.getFontDescriptions(), pdfFont.getSize2D(), string);
        Integer width = widths.get(key);
        if (width == null) {
            width = super.getWidth(context, font, string);
            widths.put(key, width);
        }
        return width;
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y) {
        draw(device, string, x, y, null);
    }

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        draw(device, string, x, y, info);
    }

    /**
     * Does what {@link PdfBoxFastOutputDevice#drawString} does, remembering its check: a string that the first font
     * can show whole is drawn with it in one run, any other string is split into runs by font.
     */
    private void draw(OutputDevice device, String string, float x, float y, JustificationInfo info) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) device;
        PdfBoxFSFont font = currentFont(device);
        if (font != null && !font.getFontDescriptions().isEmpty()) {
            FontDescription first = font.getFontDescriptions().get(0);
            String effective = TextRenderer.getEffectivePrintableString(string);
            if (first.getFont() != null && inFirstFont.computeIfAbsent(new Glyphs(first.getFont(), effective),
                    MemoizingTextRenderer::canShow)) {
                pdf.drawStringFast(effective, x, y, info, first, font.getSize2D());
                return;
            }
        }
        pdf.drawString(string, x, y, info);
    }

    private static boolean canShow(Glyphs glyphs) {
        try {
            glyphs.font().getStringWidth(glyphs.text());
            return true;
        } catch (Exception e) {
            return false; // as in the device: some glyph is missing, or the string cannot be encoded
        }
    }

    private static PdfBoxFSFont currentFont(OutputDevice device) {
        if (CURRENT_FONT == null || !(device instanceof PdfBoxFastOutputDevice)) {
            return null;
        }
        try {
            return (PdfBoxFSFont) CURRENT_FONT.get(device);
        } catch (IllegalAccessException | ClassCastException e) {
            return null;
        }
    }

    private static Field currentFontField() {
        try {
            Field field = PdfBoxFastOutputDevice.class.getDeclaredField("_font");
            field.setAccessible(true);
            return field.getType() == PdfBoxFSFont.class ? field : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether drawing can skip the device's check, for a test that fails should an upgrade take that away. */
    static boolean remembersDrawing() {
        return CURRENT_FONT != null;
    }
}
