package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.internal.ConfiguredFont;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.pdf.file.PdfDict;
import io.github.studyguide.pdf.file.PdfFile;
import io.github.studyguide.pdf.file.PdfFileReader;
import io.github.studyguide.pdf.file.PdfFileWriter;
import io.github.studyguide.pdf.file.PdfName;
import io.github.studyguide.pdf.file.PdfRef;
import io.github.studyguide.pdf.file.PdfStream;
import io.github.studyguide.pdf.file.PdfString;
import io.github.studyguide.pdf.file.PdfToken;
import io.github.studyguide.pdf.file.References;
import io.github.studyguide.pdf.file.Relocated;
import io.github.studyguide.pdf.file.Relocation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Joins the separately rendered parts into the guide: their pages in order, running headers and page numbers on
 * every page but the title page, bookmarks section → lesson, links from the contents to the pages, and metadata whose
 * dates and document id come from the guide, never the clock.
 *
 * <p>It takes the parts' objects over as they are, renumbered, and writes them as they were written, never through
 * PDFBox's model: parsing every part into PDFBox's objects and serialising them again was most of a tagged guide's
 * join, the cost that kept tagging from being the default (docs/performance.md). Only what the guide adds or changes
 * is made here: the page tree, each page's dictionary, the structure tree's root and parent tree, the outline, the
 * stamps, the shared fonts ({@link SharedFonts}) and the metadata.
 */
final class PdfAssembler implements Closeable {

    /** Baselines in points from the page's edge, centring the text in the 22 mm margins. */
    private static final float FOOTER_BASELINE = 28f;
    private static final float HEADER_BASELINE = 34f;
    private static final float FOOTER_SIZE = 9f;
    private static final float HEADER_SIZE = 8.5f;
    private static final List<String> INHERITED = List.of("Resources", "MediaBox", "CropBox", "Rotate");
    /** What the guide takes from its first part's catalog that has it: the same in every part. */
    private static final List<String> CATALOG_ENTRIES = List.of("MarkInfo", "ViewerPreferences", "OutputIntents");
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'+00''00'''")
            .withZone(ZoneOffset.UTC);

    /** A page of the guide: its number, its dictionary as it will be written, and what its values are numbered by. */
    private static final class Page {
        final int number;
        final PdfDict dict;
        final Relocation relocation;
        final PDRectangle box;
        /** Whether the page shows nothing: a blank page, or the blank back the renderer added before a part. */
        final boolean empty;

        Page(int number, PdfDict dict, Relocation relocation, PDRectangle box, boolean empty) {
            this.number = number;
            this.dict = dict;
            this.relocation = relocation;
            this.box = box;
            this.empty = empty;
        }
    }

    /** A bookmark, written once the guide is complete. */
    static final class Bookmark {
        private final String title;
        private final int page;
        private final float top;
        private final List<Bookmark> kids = new ArrayList<>();

        private Bookmark(String title, int page, float top) {
            this.title = title;
            this.page = page;
            this.top = top;
        }
    }

    private final PdfFileWriter file = new PdfFileWriter();
    private final int pageTree = file.reserve();
    private final boolean tagged;
    private final ConfiguredFonts fonts;
    private final SharedFonts shared;
    private final List<Page> pages = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final PdfDict catalog = new PdfDict();
    private GuideStructure structure;
    private byte[] partMetadata;
    private int frontPages;

    /**
     * @param tagged whether the parts are tagged (PDF/UA), so that what the assembler adds must be tagged too
     */
    PdfAssembler(boolean tagged) {
        this(tagged, ConfiguredFonts.NONE);
    }

    /**
     * @param tagged whether the parts are tagged (PDF/UA), so that what the assembler adds must be tagged too
     * @param fonts the author's fonts, which the parts share as they share the shipped ones, and which draw the
     *     characters of running headers that DejaVu Sans lacks
     */
    PdfAssembler(boolean tagged, ConfiguredFonts fonts) {
        this.tagged = tagged;
        this.fonts = fonts;
        this.shared = new SharedFonts(file, fonts);
    }

    /**
     * Reads a part's PDF for {@link #append(PdfFile)}. Any thread may read parts, so that reading them overlaps
     * rendering the others, and a part read once may be joined into any number of guides.
     */
    static PdfFile load(RenderedPart part) throws IOException {
        return PdfFileReader.read(part.pdf());
    }

    /** Appends a part's pages; returns the 0-based index of its first page in the guide. */
    int append(RenderedPart part) throws IOException {
        return append(load(part));
    }

    /**
     * Appends the pages of a part, its structure tree if it is tagged, and every object they lead to; returns the
     * 0-based index of its first page in the guide.
     */
    int append(PdfFile part) throws IOException {
        int first = pages.size();
        PdfDict partCatalog = part.catalog();
        List<Object> named = new ArrayList<>();
        for (String entry : CATALOG_ENTRIES) {
            if (!catalog.has(entry) && partCatalog.has(entry)) {
                named.add(partCatalog.get(entry));
            }
        }
        if (partMetadata == null && part.resolve(partCatalog.get("Metadata")) instanceof PdfStream metadata) {
            partMetadata = metadata.decoded();
        }
        Optional<PdfDict> partRoot = part.dict(partCatalog.get("StructTreeRoot"));
        if (partRoot.isPresent() && structure == null) {
            structure = new GuideStructure(file);
        }
        PartObjects objects = new PartObjects(part, partRoot.isPresent() ? structure.nextKey() : 0);
        for (int number = 1; number < part.size(); number++) {
            if (part.object(number) instanceof PdfDict font && font.isName("Type", "Font")) {
                int guideNumber = shared.share(part, font).orElse(0);
                if (guideNumber != 0) {
                    objects.number(number, guideNumber);
                }
            }
        }
        if (partRoot.isPresent()) {
            named.addAll(structure.adopt(part, partRoot.get(), objects));
        }
        List<PdfRef> pageRefs = new ArrayList<>();
        collectPages(part, partCatalog.get("Pages"), pageRefs, 0);
        List<PdfDict> pageDicts = new ArrayList<>();
        for (PdfRef ref : pageRefs) {
            PdfDict page = ((PdfDict) part.object(ref.number())).copy();
            for (String inherited : INHERITED) {
                if (!page.has(inherited)) {
                    inheritedValue(part, page, inherited).ifPresent(value -> page.put(inherited, value));
                }
            }
            // The guide's page tree holds the page; the part's stays behind.
            page.remove("Parent");
            pageDicts.add(page);
            named.add(page);
            objects.number(ref.number(), file.reserve());
        }
        // The objects the part's pages, structure and catalog lead to become the guide's, numbered in the order the
        // part numbered them; the rest (its catalog, page tree, structure root, font copies) stay behind.
        BitSet taken = References.reachable(part, named, objects::isNumbered);
        taken.stream().forEach(number -> objects.number(number, file.reserve()));
        taken.stream().forEach(number -> file.put(objects.number(number), part.object(number), objects));
        for (int i = 0; i < pageRefs.size(); i++) {
            PdfDict page = pageDicts.get(i);
            int number = objects.number(pageRefs.get(i).number());
            pages.add(new Page(number, page, objects, box(part, page), showsNothing(part, page)));
        }
        for (String entry : CATALOG_ENTRIES) {
            if (!catalog.has(entry) && partCatalog.has(entry)) {
                catalog.put(entry, new Relocated(partCatalog.get(entry), objects));
            }
        }
        if (!catalog.has("Version") && partCatalog.get("Version") instanceof PdfName version) {
            catalog.put("Version", version);
        }
        return first;
    }

    /** Appends an empty page of the size of the last one, which carries no header or number. */
    void appendBlank() {
        PDRectangle box = pages.get(pages.size() - 1).box;
        PdfDict page = new PdfDict().putName("Type", "Page").put("MediaBox", rectangle(box.getLowerLeftX(),
                box.getLowerLeftY(), box.getWidth(), box.getHeight())).put("Resources", new PdfDict());
        pages.add(new Page(file.reserve(), page, Relocation.NONE, box, true));
    }

    /**
     * Prints the running header (the section's heading) and the page number on every page but the title page, and
     * labels the pages for viewers. Pages are numbered as in a book: the front matter i, ii, ..., the body 1, 2, ...
     * Both are drawn here rather than by the renderer: parts render separately, so only the whole guide knows the
     * numbers, and laying out margin boxes on every page was a fifth of the renderer's time.
     *
     * @param frontPages how many pages the front matter has
     * @param unnumbered how many first pages carry no number: the title page, and the cover before it
     * @param sectionStarts the heading of each section by the 0-based guide page it starts on
     */
    void stampPages(int frontPages, int unnumbered, NavigableMap<Integer, String> sectionStarts) throws IOException {
        this.frontPages = frontPages;
        PageStamper stamper = new PageStamper(this::stampFont);
        // Saves the graphics state before each page's own content, which the stamp restores.
        int saveState = file.add(PdfStream.of(new PdfDict(), "q\n".getBytes(StandardCharsets.US_ASCII)));
        for (int i = unnumbered; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (page.empty) {
                continue;
            }
            PDRectangle box = page.box;
            String number = i < frontPages ? roman(i + 1) : Integer.toString(i - frontPages + 1);
            PageStamper.Line footer = new PageStamper.Line(number, FOOTER_SIZE, 0.2f, box.getLowerLeftY() + FOOTER_BASELINE);
            Map.Entry<Integer, String> section = i < frontPages ? null : sectionStarts.floorEntry(i);
            FontNames names = new FontNames(page);
            byte[] stamp = section == null ? stamper.content(box, names::nameOf, footer)
                    : stamper.content(box, names::nameOf, new PageStamper.Line(section.getValue(), HEADER_SIZE, 0.33f,
                            box.getUpperRightY() - HEADER_BASELINE), footer);
            names.finish();
            List<Object> contents = new ArrayList<>();
            contents.add(Relocated.ref(saveState));
            Object existing = page.dict.get("Contents");
            Object resolved = page.relocation instanceof PartObjects part ? part.part().resolve(existing) : existing;
            if (resolved instanceof List<?> array) {
                contents.addAll(array);
            } else if (existing != null) {
                contents.add(existing);
            }
            contents.add(Relocated.ref(file.add(PdfStream.of(new PdfDict(), stamp))));
            page.dict.put("Contents", contents);
        }
    }

    /** DejaVu Sans for what it has, else the first of the author's text fonts that has the character. */
    private PDType0Font stampFont(int codePoint) throws IOException {
        if (!FontCoverage.TEXT.covers(codePoint)) {
            for (ConfiguredFont face : fonts.text()) {
                if (face.covers(codePoint)) {
                    return shared.font(face.postScriptName());
                }
            }
        }
        return shared.sans();
    }

    /**
     * The names a page's font resources give the shared fonts its stamp draws with: the name the page already has
     * for a font, else a new one, added to a copy of the page's resources.
     */
    private final class FontNames {
        private final Page page;
        private final Map<Integer, String> added = new HashMap<>();
        private final PdfDict fontsOfPage;

        FontNames(Page page) {
            this.page = page;
            PdfFile part = page.relocation instanceof PartObjects objects ? objects.part() : null;
            Object resources = part == null ? page.dict.get("Resources") : part.resolve(page.dict.get("Resources"));
            Object fonts = resources instanceof PdfDict dict ? (part == null ? dict.get("Font") : part.resolve(dict.get("Font")))
                    : null;
            this.fontsOfPage = fonts instanceof PdfDict dict ? dict : new PdfDict();
        }

        String nameOf(PDType0Font font) {
            int number = shared.number(font);
            for (Map.Entry<String, Object> entry : fontsOfPage.entries().entrySet()) {
                if (entry.getValue() instanceof PdfRef ref && page.relocation.number(ref.number()) == number) {
                    return entry.getKey();
                }
            }
            return added.computeIfAbsent(number, n -> {
                String name = "SG" + n;
                while (fontsOfPage.has(name)) {
                    name = name + "x";
                }
                return name;
            });
        }

        /** Adds the new names to the page's resources, a copy of them that the page then has inline. */
        void finish() {
            if (added.isEmpty()) {
                return;
            }
            PdfFile part = page.relocation instanceof PartObjects objects ? objects.part() : null;
            Object resources = part == null ? page.dict.get("Resources") : part.resolve(page.dict.get("Resources"));
            PdfDict copy = resources instanceof PdfDict dict ? dict.copy() : new PdfDict();
            PdfDict fontCopy = fontsOfPage.copy();
            added.forEach((number, name) -> fontCopy.put(name, Relocated.ref(number)));
            copy.put("Font", fontCopy);
            page.dict.put("Resources", copy);
        }
    }

    /** Adds a top-level bookmark to the top of page {@code pageIndex}; children go under the returned item. */
    Bookmark bookmark(Bookmark parent, String title, int pageIndex) {
        Page page = pages.get(pageIndex);
        Bookmark item = new Bookmark(title, page.number, page.box.getUpperRightY());
        (parent == null ? bookmarks : parent.kids).add(item);
        return item;
    }

    /**
     * Makes a rectangle on one page a link to the top of another page.
     *
     * @param description what the link leads to, for screen readers
     */
    void link(int fromPage, RenderedPart.Anchor area, int toPage, String description) {
        Page page = pages.get(fromPage);
        int annotation = file.reserve();
        PdfDict link = new PdfDict().putName("Type", "Annot").putName("Subtype", "Link")
                .put("Rect", rectangle(area.x(), area.y(), area.width(), area.height()))
                .put("BS", new PdfDict().put("W", PdfToken.of(0)))
                .put("Dest", topOf(pages.get(toPage))).put("Contents", PdfString.text(description))
                .put("F", PdfToken.of(4));
        if (tagged && structure != null) {
            link.put("StructParent", PdfToken.of(structure.tagLink(annotation, page.number)));
            // Tab order follows the structure, as PDF/UA requires of a page with annotations.
            page.dict.putName("Tabs", "S");
        }
        file.put(annotation, link);
        List<Object> annotations = new ArrayList<>();
        Object existing = page.dict.get("Annots");
        Object resolved = page.relocation instanceof PartObjects part ? part.part().resolve(existing) : existing;
        if (resolved instanceof List<?> array) {
            annotations.addAll(array);
        }
        annotations.add(Relocated.ref(annotation));
        page.dict.put("Annots", annotations);
    }

    /** Saves the guide with metadata that depends only on the guide; {@code contentDigest} becomes its document id. */
    void save(GuideInfo info, byte[] contentDigest, OutputStream out) throws IOException {
        List<Object> kids = new ArrayList<>(pages.size());
        for (Page page : pages) {
            page.dict.put("Parent", Relocated.ref(pageTree));
            file.put(page.number, page.dict, page.relocation);
            kids.add(Relocated.ref(page.number));
        }
        file.put(pageTree, new PdfDict().putName("Type", "Pages").put("Kids", kids).put("Count", PdfToken.of(pages.size())));
        shared.finish();
        if (structure != null) {
            structure.finish();
            catalog.put("StructTreeRoot", Relocated.ref(structure.root()));
        }
        String date = PDF_DATE.format(info.date());
        PdfDict information = new PdfDict().put("CreationDate", PdfString.text(date)).put("ModDate", PdfString.text(date))
                .put("Title", PdfString.text(info.title()));
        info.author().ifPresent(author -> information.put("Author", PdfString.text(author)));
        information.put("Producer", PdfString.text(PartRenderer.PRODUCER)).put("Creator", PdfString.text(PartRenderer.PRODUCER));

        PdfDict root = new PdfDict().putName("Type", "Catalog");
        if (catalog.has("Version")) {
            root.put("Version", catalog.get("Version"));
        }
        root.put("Pages", Relocated.ref(pageTree));
        if (partMetadata != null) {
            root.put("Metadata", Relocated.ref(file.add(PdfStream.of(new PdfDict().putName("Type", "Metadata")
                    .putName("Subtype", "XML"), GuideMetadata.updated(partMetadata, info)))));
        }
        for (String entry : CATALOG_ENTRIES) {
            if (catalog.has(entry)) {
                root.put(entry, catalog.get(entry));
            }
        }
        root.put("Lang", PdfString.text(info.language()));
        if (catalog.has("StructTreeRoot")) {
            root.put("StructTreeRoot", catalog.get("StructTreeRoot"));
        }
        if (!bookmarks.isEmpty()) {
            root.put("Outlines", Relocated.ref(writeOutline()));
        }
        root.putName("PageMode", "UseOutlines");
        root.put("PageLabels", new PdfDict().put("Nums", frontPages == 0
                ? List.of(PdfToken.of(0), new PdfDict().putName("S", "D"))
                : List.of(PdfToken.of(0), new PdfDict().putName("S", "r"), PdfToken.of(frontPages),
                        new PdfDict().putName("S", "D"))));
        PdfString id = PdfString.hex(contentDigest);
        PdfDict trailer = new PdfDict().put("Root", Relocated.ref(file.add(root)))
                .put("Info", Relocated.ref(file.add(information))).put("ID", List.of(id, id));
        String version = catalog.get("Version") instanceof PdfName name ? name.raw() : "1.7";
        file.write(out, version, trailer);
    }

    /** Writes the outline: each item closed, its {@code Count} the number of its children, negated, as PDFBox does. */
    private int writeOutline() {
        int outline = file.reserve();
        List<Integer> top = writeBookmarks(bookmarks, outline);
        file.put(outline, new PdfDict().putName("Type", "Outlines").put("First", Relocated.ref(top.get(0)))
                .put("Last", Relocated.ref(top.get(top.size() - 1))).put("Count", PdfToken.of(top.size())));
        return outline;
    }

    private List<Integer> writeBookmarks(List<Bookmark> items, int parent) {
        List<Integer> numbers = items.stream().map(item -> file.reserve()).toList();
        for (int i = 0; i < items.size(); i++) {
            Bookmark item = items.get(i);
            PdfDict dict = new PdfDict().put("Title", PdfString.text(item.title)).put("Parent", Relocated.ref(parent));
            if (i > 0) {
                dict.put("Prev", Relocated.ref(numbers.get(i - 1)));
            }
            if (i + 1 < items.size()) {
                dict.put("Next", Relocated.ref(numbers.get(i + 1)));
            }
            if (!item.kids.isEmpty()) {
                List<Integer> kids = writeBookmarks(item.kids, numbers.get(i));
                dict.put("First", Relocated.ref(kids.get(0))).put("Last", Relocated.ref(kids.get(kids.size() - 1)))
                        .put("Count", PdfToken.of(-kids.size()));
            }
            dict.put("Dest", List.of(Relocated.ref(item.page), PdfName.of("FitH"), PdfToken.of((int) item.top)));
            file.put(numbers.get(i), dict);
        }
        return numbers;
    }

    /** Lower-case roman numerals, for front matter that never runs to thousands of pages. */
    static String roman(int number) {
        String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder text = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                text.append(symbols[i]);
                rest -= values[i];
            }
        }
        return text.toString();
    }

    int pageCount() {
        return pages.size();
    }

    private static List<Object> topOf(Page page) {
        return List.of(Relocated.ref(page.number), PdfName.of("FitH"), PdfToken.of((int) page.box.getUpperRightY()));
    }

    private static List<Object> rectangle(float x, float y, float width, float height) {
        return List.of(PdfToken.of(x), PdfToken.of(y), PdfToken.of(x + width), PdfToken.of(y + height));
    }

    /** The part's pages in order, by walking its page tree. */
    private static void collectPages(PdfFile part, Object node, List<PdfRef> into, int depth) {
        if (depth > 64 || !(node instanceof PdfRef ref) || !(part.object(ref.number()) instanceof PdfDict dict)) {
            return;
        }
        if (dict.isName("Type", "Pages") || dict.has("Kids")) {
            for (Object kid : dict.array("Kids", part::object).orElse(List.of())) {
                collectPages(part, kid, into, depth + 1);
            }
        } else {
            into.add(ref);
        }
    }

    /** A page attribute, from the page tree above the page. */
    private static Optional<Object> inheritedValue(PdfFile part, PdfDict page, String name) {
        Optional<PdfDict> node = part.dict(page.get("Parent"));
        for (int depth = 0; node.isPresent() && depth < 64; depth++) {
            Object value = node.get().get(name);
            if (value != null) {
                return Optional.of(value);
            }
            node = part.dict(node.get().get("Parent"));
        }
        return Optional.empty();
    }

    private static PDRectangle box(PdfFile part, PdfDict page) {
        if (part.resolve(page.get("MediaBox")) instanceof List<?> box && box.size() == 4) {
            float[] corners = new float[4];
            for (int i = 0; i < 4; i++) {
                corners[i] = part.resolve(box.get(i)) instanceof PdfToken token ? token.floatValue(0) : 0;
            }
            return new PDRectangle(corners[0], corners[1], corners[2] - corners[0], corners[3] - corners[1]);
        }
        return PDRectangle.A4;
    }

    /**
     * Whether a page shows nothing: the blank back of a page that the renderer inserted so that the next part of a
     * duplex guide starts on a right-hand page. Like the blank pages added here, it gets no header or number.
     */
    private static boolean showsNothing(PdfFile part, PdfDict page) {
        Optional<PdfDict> resources = part.dict(page.get("Resources"));
        return resources.isEmpty() || isEmpty(part, resources.get().get("Font")) && isEmpty(part, resources.get().get("XObject"));
    }

    private static boolean isEmpty(PdfFile part, Object dict) {
        return part.dict(dict).map(found -> found.entries().isEmpty()).orElse(true);
    }

    @Override
    public void close() throws IOException {
        shared.close();
    }
}
