package io.github.studyguide.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.studyguide.internal.ConfiguredFont;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.internal.Resources;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fonts every guide is set in: DejaVu Sans and DejaVu Sans Mono, shipped inside the plugin (from
 * jasperreports-fonts) and embedded as subsets, so that a guide looks the same on every machine and never depends on
 * the fonts installed where it was built.
 */
final class GuideFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    /** The PostScript name of DejaVu Sans, which names its subsets in a PDF. */
    static final String SANS_POSTSCRIPT_NAME = "DejaVuSans";
    private static final String MONO_POSTSCRIPT_NAME = "DejaVuSansMono";

    /** A face of a family: what its PostScript name (and file name) adds to the family's, its CSS weight and style. */
    private record Face(String suffix, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(new Face("", 400, FontStyle.NORMAL),
            new Face("-Bold", 700, FontStyle.NORMAL), new Face("-Oblique", 400, FontStyle.ITALIC),
            new Face("-BoldOblique", 700, FontStyle.ITALIC));

    private static final Set<String> POSTSCRIPT_NAMES = Stream.of(SANS_POSTSCRIPT_NAME, MONO_POSTSCRIPT_NAME)
            .flatMap(family -> FACES.stream().map(face -> family + face.suffix()))
            .collect(Collectors.toUnmodifiableSet());

    private static final String FOLDER = FontCoverage.FONT_FOLDER;
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private GuideFonts() {
    }

    /**
     * Registers the fonts for a part rendered into {@code document}, under their own names and under the generic
     * CSS families, so that an element whose family is a browser default (serif for text, monospace for code) still
     * gets an embedded font instead of openhtmltopdf's non-embedded base-14 fallback.
     *
     * @param parsed the parsed fonts the part may use, which no other part uses at the same time
     */
    static void register(PdfRendererBuilder builder, PDDocument document, Parsed parsed) {
        for (String family : List.of(SANS, "sans-serif", "serif")) {
            addFamily(builder, document, parsed, family, SANS_POSTSCRIPT_NAME);
        }
        for (String family : List.of(MONO, "monospace")) {
            addFamily(builder, document, parsed, family, MONO_POSTSCRIPT_NAME);
        }
    }

    /**
     * Registers the author's fonts under their own family names, each face with its weight and style; the
     * stylesheet ({@link ConfiguredFontStack}) lists them before the shipped families.
     */
    static void registerConfigured(PdfRendererBuilder builder, PDDocument document, Parsed parsed,
            ConfiguredFonts configured) {
        for (ConfiguredFont face : configured.all()) {
            builder.useFont(lazily(document, parsed, face.postScriptName(), "the font " + face.location()),
                    face.family(), face.weight(), face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
    }

    private static void addFamily(PdfRendererBuilder builder, PDDocument document, Parsed parsed, String family,
            String postScriptFamily) {
        for (Face face : FACES) {
            String name = postScriptFamily + face.suffix();
            builder.useFont(lazily(document, parsed, name, "the shipped font " + name), family, face.weight(),
                    face.style(), true);
        }
    }

    /**
     * A font for the part's document, embedded as a subset; openhtmltopdf asks for it only when some text uses it.
     *
     * @param what the font as an error names it
     */
    private static PDFontSupplier lazily(PDDocument document, Parsed parsed, String postScriptName, String what) {
        return new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                try {
                    return PDType0Font.load(document, parsed.font(postScriptName), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + what, e);
                }
            }
        };
    }

    /** The file of a shipped font, by the PostScript name that names its subsets in a PDF; empty for another font. */
    /** The PostScript names of the shipped fonts. */
    static Set<String> postScriptNames() {
        return POSTSCRIPT_NAMES;
    }

    static Optional<byte[]> byPostScriptName(String name) {
        return POSTSCRIPT_NAMES.contains(name) ? Optional.of(FILES.computeIfAbsent(name + ".ttf", GuideFonts::load))
                : Optional.empty();
    }

    /** Reads a shipped font once per plugin class loader, without its GSUB table (see {@link FontTables}). */
    private static byte[] load(String file) {
        return FontTables.withoutTable(Resources.bytes(GuideFonts.class, FOLDER + file), "GSUB");
    }

    /**
     * The shipped fonts, each parsed once and then kept for the next part: parsing them again for every part cost
     * more than the layout of a small part. A parsed font reads its tables as they are first needed, so one
     * {@code Parsed} serves one part at a time; parts rendering at once take one each.
     *
     * <p>PDFBox closes a font once it has subset it, when the part is saved. Reusing it afterwards works because the
     * parser copied the font into memory, which closing leaves readable; should a PDFBox upgrade change that, the
     * second part of any guide fails, or differs from a clean build (PdfGuideWriterTest renders three parts with one
     * thread and compares them with a clean build).
     */
    static final class Parsed {

        private final Map<String, TrueTypeFont> fonts = new HashMap<>();
        private final ConfiguredFonts configured;

        /** @param configured the author's fonts, parsed here too when a part uses them */
        Parsed(ConfiguredFonts configured) {
            this.configured = configured;
        }

        TrueTypeFont font(String postScriptName) throws IOException {
            TrueTypeFont font = fonts.get(postScriptName);
            if (font == null) {
                Optional<byte[]> file = byPostScriptName(postScriptName);
                font = file.isPresent() ? new TTFParser().parse(new RandomAccessReadBuffer(file.get()))
                        : configured.byPostScriptName(postScriptName).orElseThrow().open();
                fonts.put(postScriptName, font);
            }
            return font;
        }
    }
}
