package io.github.studyguide.pdf;

import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.internal.Resources;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers PDFBox's requests for a substitute font with the font shipped in the plugin.
 *
 * <p>openhtmltopdf creates PDFBox's standard 14 fonts as a last-resort fallback, and PDFBox then looks for
 * look-alikes among the machine's installed fonts, scanning the system font folders and writing a cache file to the
 * user's home. A build must neither read the machine's fonts nor write outside its output folder, so this mapper is
 * installed instead. It affects only the plugin's own copy of PDFBox: Maven gives each plugin its own class loader.
 */
final class ShippedFontMapper implements FontMapper {

    private static final String FONT = FontCoverage.FONT_FOLDER + "DejaVuSans.ttf";

    private final TrueTypeFont font;

    private ShippedFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    /** Installs the mapper once; later calls do nothing. */
    static void install() {
        Holder.touch();
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }

    /** Lazy, thread-safe, once per class loader. */
    private static final class Holder {
        static {
            FontMappers.set(new ShippedFontMapper(load()));
        }

        static void touch() {
            // Loading the class runs the static initializer exactly once.
        }

        private static TrueTypeFont load() {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(Resources.bytes(ShippedFontMapper.class, FONT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
