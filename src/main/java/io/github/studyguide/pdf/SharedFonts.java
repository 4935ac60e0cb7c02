package io.github.studyguide.pdf;

import io.github.studyguide.internal.ConfiguredFonts;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Embeds each of the guide's fonts once. Parts render as documents of their own, and each embeds its own subset of
 * every font it uses: a guide of 2,000 lessons carried some twenty copies of each, 85 font files in all.
 *
 * <p>One subset can stand in for all of them without rewriting a page: a part's text names each glyph by its number
 * in the whole font (PDFBox writes a subset's CIDs as the font's own glyph ids, and maps them to the subset's with
 * a {@code CIDToGIDMap}), so a subset of the same font holding every part's glyphs draws every part's text. The
 * fonts the plugin ships and those the author configured are shared; any other font stays as its part embedded it.
 */
final class SharedFonts {

    private final PDDocument guide;
    private final ConfiguredFonts configured;
    /** The shared fonts, by PostScript name. */
    private final Map<String, PDType0Font> fonts = new TreeMap<>();

    private SharedFonts(PDDocument guide, ConfiguredFonts configured) {
        this.guide = guide;
        this.configured = configured;
    }

    /**
     * Replaces the subsets of the shipped fonts on {@code pages}, and in the forms they draw, with one subset each,
     * embedded in {@code guide}.
     */
    static SharedFonts share(PDDocument guide, List<PDPage> pages) throws IOException {
        return share(guide, pages, ConfiguredFonts.NONE);
    }

    /** As {@link #share(PDDocument, List)}, sharing the author's fonts too. */
    static SharedFonts share(PDDocument guide, List<PDPage> pages, ConfiguredFonts configured) throws IOException {
        Uses uses = new Uses(configured);
        for (PDPage page : pages) {
            uses.collect(page.getCOSObject().getCOSDictionary(COSName.RESOURCES));
        }
        SharedFonts shared = new SharedFonts(guide, configured);
        for (Map.Entry<String, Set<Integer>> font : uses.glyphs.entrySet()) {
            shared.font(font.getKey()).addGlyphsToSubset(font.getValue());
        }
        for (Use use : uses.places) {
            use.fonts().setItem(use.key(), shared.fonts.get(use.postScriptName()).getCOSObject());
        }
        return shared;
    }

    /** DejaVu Sans, for text the assembler draws itself: the subset the parts share, if any part used it. */
    PDType0Font sans() throws IOException {
        return font(GuideFonts.SANS_POSTSCRIPT_NAME);
    }

    /** A shipped or configured font, by its PostScript name: the subset the parts share, if any part used it. */
    PDType0Font font(String postScriptName) throws IOException {
        PDType0Font font = fonts.get(postScriptName);
        if (font == null) {
            Optional<byte[]> file = GuideFonts.byPostScriptName(postScriptName);
            font = file.isPresent() ? PDType0Font.load(guide, new ByteArrayInputStream(file.get()), true)
                    : PDType0Font.load(guide, configured.byPostScriptName(postScriptName).orElseThrow().open(), true);
            // PDFBox subsets a font when the document is saved only if a content stream has set it; it offers no
            // other public way to register one. The page is a scratch page outside the document.
            try (PDPageContentStream registration = new PDPageContentStream(guide, new PDPage())) {
                registration.setFont(font, 1);
            }
            fonts.put(postScriptName, font);
        }
        return font;
    }

    /** Where a shipped font's subset is named in a font resource dictionary. */
    private record Use(COSDictionary fonts, COSName key, String postScriptName) {
    }

    /** The shipped fonts' subsets found on the pages, and the glyphs each font's subsets hold between them. */
    private static final class Uses {

        private final Map<String, Set<Integer>> glyphs = new TreeMap<>();
        private final List<Use> places = new ArrayList<>();
        /** Each subset's font, once read; empty for a font that is not shared. */
        private final Map<COSDictionary, Optional<String>> seenFonts = new IdentityHashMap<>();
        private final Map<COSDictionary, Boolean> seenResources = new IdentityHashMap<>();
        private final ConfiguredFonts configured;

        Uses(ConfiguredFonts configured) {
            this.configured = configured;
        }

        void collect(COSDictionary resources) throws IOException {
            if (resources == null || seenResources.put(resources, true) != null) {
                return;
            }
            COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
            if (fonts != null) {
                for (COSName key : fonts.keySet()) {
                    if (fonts.getDictionaryObject(key) instanceof COSDictionary font) {
                        Optional<String> shared = seenFonts.get(font);
                        if (shared == null) {
                            shared = sharedFont(font);
                            seenFonts.put(font, shared);
                        }
                        shared.ifPresent(name -> places.add(new Use(fonts, key, name)));
                    }
                }
            }
            COSDictionary xObjects = resources.getCOSDictionary(COSName.XOBJECT);
            if (xObjects != null) {
                for (COSName key : xObjects.keySet()) {
                    if (xObjects.getDictionaryObject(key) instanceof COSStream form
                            && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                        collect(form.getCOSDictionary(COSName.RESOURCES));
                    }
                }
            }
        }

        /**
         * The PostScript name of a shipped font's subset, whose glyphs are then added to that font's, or empty for
         * any other font: one not shipped, or not embedded the way PDFBox embeds a subset.
         */
        private Optional<String> sharedFont(COSDictionary font) throws IOException {
            if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                    || !COSName.IDENTITY_H.equals(font.getCOSName(COSName.ENCODING))
                    || !(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                    || descendants.size() != 1
                    || !(descendants.getObject(0) instanceof COSDictionary cidFont)
                    || !COSName.CID_FONT_TYPE2.equals(cidFont.getCOSName(COSName.SUBTYPE))
                    || !(cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream cidToGid)) {
                return Optional.empty();
            }
            String baseFont = font.getNameAsString(COSName.BASE_FONT);
            // A subset is named with a tag of six capitals and a plus sign before the font's own name.
            if (baseFont == null || baseFont.length() < 8 || baseFont.charAt(6) != '+') {
                return Optional.empty();
            }
            String name = baseFont.substring(7);
            if (GuideFonts.byPostScriptName(name).isEmpty() && configured.byPostScriptName(name).isEmpty()) {
                return Optional.empty();
            }
            glyphs.computeIfAbsent(name, n -> new TreeSet<>()).addAll(glyphsOf(cidToGid));
            return Optional.of(name);
        }

        /** The glyphs a subset holds, as glyph ids of the whole font: the CIDs it maps to a glyph of its own. */
        private static Set<Integer> glyphsOf(COSStream cidToGid) throws IOException {
            byte[] map;
            try (InputStream in = cidToGid.createInputStream()) {
                map = in.readAllBytes();
            }
            Set<Integer> glyphs = new TreeSet<>();
            for (int cid = 0; 2 * cid + 1 < map.length; cid++) {
                if (map[2 * cid] != 0 || map[2 * cid + 1] != 0) {
                    glyphs.add(cid);
                }
            }
            return glyphs;
        }
    }
}
