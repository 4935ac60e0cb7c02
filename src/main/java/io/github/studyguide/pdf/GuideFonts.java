package io.github.studyguide.pdf;

import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.internal.Resources;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
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

    private static final String FOLDER = FontCoverage.FONT_FOLDER;
    /** The shipped fonts, each file named after the font's PostScript name. */
    private static final Set<String> POSTSCRIPT_NAMES = Stream.of(SANS_POSTSCRIPT_NAME, "DejaVuSansMono")
            .flatMap(family -> Stream.of("", "-Bold", "-Oblique", "-BoldOblique").map(style -> family + style))
            .collect(Collectors.toUnmodifiableSet());
    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

    private GuideFonts() {
    }

    /**
     * Registers the fonts under their own names and under the generic CSS families, so that an element whose
     * family is a browser default (serif for text, monospace for code) still gets an embedded font instead of
     * openhtmltopdf's non-embedded base-14 fallback.
     */
    static void register(PdfRendererBuilder builder) {
        for (String family : List.of(SANS, "sans-serif", "serif")) {
            addFamily(builder, family, "DejaVuSans");
        }
        for (String family : List.of(MONO, "monospace")) {
            addFamily(builder, family, "DejaVuSansMono");
        }
    }

    private static void addFamily(PdfRendererBuilder builder, String family, String file) {
        // When a file is added here, add its PostScript name to POSTSCRIPT_NAMES, so that guides embed it once.
        add(builder, family, file + ".ttf", 400, FontStyle.NORMAL);
        add(builder, family, file + "-Bold.ttf", 700, FontStyle.NORMAL);
        add(builder, family, file + "-Oblique.ttf", 400, FontStyle.ITALIC);
        add(builder, family, file + "-BoldOblique.ttf", 700, FontStyle.ITALIC);
    }

    /** The file of a shipped font, by the PostScript name that names its subsets in a PDF; empty for another font. */
    static Optional<byte[]> byPostScriptName(String name) {
        return POSTSCRIPT_NAMES.contains(name) ? Optional.of(FONTS.computeIfAbsent(name + ".ttf", GuideFonts::load))
                : Optional.empty();
    }

    private static void add(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        byte[] font = FONTS.computeIfAbsent(file, GuideFonts::load);
        builder.useFont(() -> new ByteArrayInputStream(font), family, weight, style, true);
    }

    /** Reads a shipped font once per plugin class loader, without its GSUB table (see {@link FontTables}). */
    private static byte[] load(String file) {
        return FontTables.withoutTable(Resources.bytes(GuideFonts.class, FOLDER + file), "GSUB");
    }
}
