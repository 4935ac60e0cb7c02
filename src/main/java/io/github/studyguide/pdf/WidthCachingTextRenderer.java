package io.github.studyguide.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the width of every word it has measured. Line breaking measures each word of a paragraph, often more
 * than once, and PDFBox measures a word by encoding it glyph by glyph: that was the largest single cost of laying
 * out a guide. A word's width depends only on the fonts and the size, which the key holds, so the layout is the
 * same as without the cache. One instance serves one renderer, which lays out on a single thread.
 */
final class WidthCachingTextRenderer extends PdfBoxTextRenderer {

    /** The fonts are compared by identity (their descriptions do not override equals), the size and text by value. */
    private record Key(List<?> fonts, float size, String text) {
    }

    private final Map<Key, Integer> widths = new HashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        if (!(font instanceof PdfBoxFSFont pdfFont) || string == null) {
            return super.getWidth(context, font, string);
        }
        Key key = new Key(pdfFont.getFontDescriptions(), pdfFont.getSize2D(), string);
        Integer width = widths.get(key);
        if (width == null) {
            width = super.getWidth(context, font, string);
            widths.put(key, width);
        }
        return width;
    }
}
