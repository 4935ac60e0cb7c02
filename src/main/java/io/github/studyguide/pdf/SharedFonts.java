package io.github.studyguide.pdf;

import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.pdf.file.PdfDict;
import io.github.studyguide.pdf.file.PdfFile;
import io.github.studyguide.pdf.file.PdfFileReader;
import io.github.studyguide.pdf.file.PdfFileWriter;
import io.github.studyguide.pdf.file.PdfName;
import io.github.studyguide.pdf.file.PdfRef;
import io.github.studyguide.pdf.file.PdfStream;
import io.github.studyguide.pdf.file.References;
import io.github.studyguide.pdf.file.Relocation;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Embeds each of the guide's fonts once. Parts render as documents of their own, and each embeds its own subset of
 * every font it uses: a guide of 2,000 lessons carried some twenty copies of each, 85 font files in all.
 *
 * <p>One subset can stand in for all of them without rewriting a page: a part's text names each glyph by its number
 * in the whole font (PDFBox writes a subset's CIDs as the font's own glyph ids, and maps them to the subset's with
 * a {@code CIDToGIDMap}), so a subset of the same font holding every part's glyphs draws every part's text. The
 * fonts the plugin ships and those the author configured are shared; any other font stays as its part embedded it.
 * PDFBox makes the shared subsets, in a document of their own, whose font objects are then taken into the guide.
 */
final class SharedFonts implements Closeable {

    private final PdfFileWriter guide;
    private final ConfiguredFonts configured;
    private final PDDocument fonts = new PDDocument();
    /** Each font's number in the guide, the glyphs the parts use, and once loaded the font, by PostScript name. */
    private final Map<String, Integer> numbers;
    private final Map<String, Set<Integer>> glyphs = new TreeMap<>();
    private final Map<String, PDType0Font> loaded = new TreeMap<>();

    /**
     * @param numbers the guide's number of each font that may be shared, by PostScript name ({@link #names}): fixed
     *     before any part is placed, as the parts' objects name them
     */
    SharedFonts(PdfFileWriter guide, ConfiguredFonts configured, Map<String, Integer> numbers) {
        this.guide = guide;
        this.configured = configured;
        this.numbers = numbers;
    }

    /** The PostScript names of the fonts the guide may share, in order: the shipped ones and the author's. */
    static List<String> names(ConfiguredFonts configured) {
        Set<String> names = new TreeSet<>(GuideFonts.postScriptNames());
        configured.all().forEach(font -> names.add(font.postScriptName()));
        return List.copyOf(names);
    }

    /**
     * The name of the shared font that stands for a part's font; empty for a font that is not shared: one not
     * shipped or configured ({@code shared} says), or not embedded as PDFBox embeds a subset.
     */
    static Optional<String> sharedName(PdfFile part, PdfDict font, Predicate<String> shared) {
        if (!font.isName("Subtype", "Type0") || !font.isName("Encoding", "Identity-H")
                || !(part.resolve(font.get("DescendantFonts")) instanceof List<?> descendants)
                || descendants.size() != 1
                || !(part.resolve(descendants.get(0)) instanceof PdfDict cidFont)
                || !cidFont.isName("Subtype", "CIDFontType2")
                || !(part.resolve(cidFont.get("CIDToGIDMap")) instanceof PdfStream)
                || !(font.get("BaseFont") instanceof PdfName baseFont)) {
            return Optional.empty();
        }
        // A subset is named with a tag of six capitals and a plus sign before the font's own name.
        String subset = baseFont.raw();
        if (subset.length() < 8 || subset.charAt(6) != '+') {
            return Optional.empty();
        }
        String name = subset.substring(7);
        return shared.test(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * The glyphs a part's subset of a shared font holds, as glyph ids of the whole font: the CIDs its
     * {@code CIDToGIDMap} maps to a glyph of its own.
     */
    static Set<Integer> glyphs(PdfFile part, PdfDict font) throws IOException {
        PdfDict cidFont = (PdfDict) part.resolve(((List<?>) part.resolve(font.get("DescendantFonts"))).get(0));
        byte[] map = ((PdfStream) part.resolve(cidFont.get("CIDToGIDMap"))).decoded();
        Set<Integer> glyphs = new TreeSet<>();
        for (int cid = 0; 2 * cid + 1 < map.length; cid++) {
            if (map[2 * cid] != 0 || map[2 * cid + 1] != 0) {
                glyphs.add(cid);
            }
        }
        return glyphs;
    }

    /** Adds the glyphs a part uses of each shared font. */
    void use(Map<String, Set<Integer>> partGlyphs) {
        partGlyphs.forEach((name, used) -> glyphs.computeIfAbsent(name, n -> new TreeSet<>()).addAll(used));
    }

    /** DejaVu Sans, for text the guide draws itself: the subset the parts share. */
    PDType0Font sans() throws IOException {
        return font(GuideFonts.SANS_POSTSCRIPT_NAME);
    }

    /** A shipped or configured font, by its PostScript name: the subset the parts share. */
    PDType0Font font(String postScriptName) throws IOException {
        PDType0Font font = loaded.get(postScriptName);
        if (font == null) {
            Optional<byte[]> file = GuideFonts.byPostScriptName(postScriptName);
            font = file.isPresent() ? PDType0Font.load(fonts, new ByteArrayInputStream(file.get()), true)
                    : PDType0Font.load(fonts, configured.byPostScriptName(postScriptName).orElseThrow().open(), true);
            loaded.put(postScriptName, font);
        }
        return font;
    }

    /** The guide's number of a font {@link #font} or {@link #sans} gave. */
    int number(PDType0Font font) {
        for (Map.Entry<String, PDType0Font> entry : loaded.entrySet()) {
            if (entry.getValue() == font) {
                return numbers.get(entry.getKey());
            }
        }
        throw new IllegalArgumentException("Not a shared font: " + font.getName());
    }

    /**
     * Makes the subsets, each holding its glyphs and those of the text drawn with it since, and puts their objects
     * into the guide under the numbers given out.
     */
    void finish() throws IOException {
        Set<String> used = new TreeSet<>(glyphs.keySet());
        used.addAll(loaded.keySet());
        if (used.isEmpty()) {
            return;
        }
        PDPage page = new PDPage();
        PDResources resources = new PDResources();
        page.setResources(resources);
        fonts.addPage(page);
        List<String> names = new ArrayList<>(used);
        // PDFBox subsets a font when the document is saved only if a content stream has set it.
        try (PDPageContentStream registration = new PDPageContentStream(fonts, page)) {
            for (int i = 0; i < names.size(); i++) {
                PDType0Font font = font(names.get(i));
                font.addGlyphsToSubset(glyphs.getOrDefault(names.get(i), Set.of()));
                resources.put(COSName.getPDFName("S" + i), font);
                registration.setFont(font, 1);
            }
        }
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        fonts.save(saved, CompressParameters.NO_COMPRESSION);
        PdfFile file = PdfFileReader.read(saved.toByteArray());
        PdfDict fontResources = file.dict(file.dict(file.dict(file.catalog().get("Pages")).orElseThrow()
                .array("Kids", file::object).orElseThrow().get(0)).orElseThrow().get("Resources"))
                .flatMap(found -> found.dict("Font", file::object)).orElseThrow();
        int[] relocated = new int[file.size()];
        List<Object> roots = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            PdfRef type0 = (PdfRef) fontResources.get("S" + i);
            relocated[type0.number()] = numbers.get(names.get(i));
            roots.add(file.object(type0.number()));
        }
        BitSet taken = References.reachable(file, roots, number -> relocated[number] != 0);
        taken.stream().forEach(number -> relocated[number] = guide.reserve());
        Relocation relocation = number -> relocated[number];
        for (int i = 0; i < names.size(); i++) {
            int type0 = ((PdfRef) fontResources.get("S" + i)).number();
            guide.reserve(relocated[type0]);
            guide.put(relocated[type0], file.object(type0), relocation);
        }
        taken.stream().forEach(number -> guide.put(relocated[number], file.object(number), relocation));
    }

    @Override
    public void close() throws IOException {
        fonts.close();
    }
}
