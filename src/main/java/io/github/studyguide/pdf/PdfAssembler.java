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
import io.github.studyguide.pdf.file.PdfStream;
import io.github.studyguide.pdf.file.PdfString;
import io.github.studyguide.pdf.file.PdfToken;
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
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

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
    private static final List<String> CATALOG_ENTRIES = PreparedPart.CATALOG_ENTRIES;
    /** The guide's page tree, structure tree root and Document element; the shared fonts follow. */
    private static final int PAGE_TREE = 1;
    private static final int STRUCTURE_ROOT = 2;
    private static final int DOCUMENT = 3;
    private static final int FIRST_FONT = 4;
    /**
     * Each part's objects and parent tree keys take whole blocks of numbers, so that a part that grows or shrinks a
     * little leaves the numbers of the parts after it as they were: a watch session then writes those parts as it
     * compiled them for the last guide. The numbers left over are gaps the cross-reference stream skips.
     */
    private static final int OBJECT_BLOCK = 512;
    static final int KEY_BLOCK = 64;
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'+00''00'''")
            .withZone(ZoneOffset.UTC);

    /** A page of the guide: its number, its dictionary as it will be written, and what its values are numbered by. */
    private static final class Page {
        /** Its object number; 0 until given, for a blank page, which is numbered after every part. */
        int number;
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

        /** A value of the page's dictionary, followed through a reference into its part. */
        Object resolved(Object value) {
            return relocation instanceof PartObjects part ? part.part().resolve(value) : value;
        }
    }

    private final PdfFileWriter file = new PdfFileWriter();
    private final boolean tagged;
    private final ConfiguredFonts fonts;
    private final SharedFonts shared;
    private final List<Page> pages = new ArrayList<>();
    private final GuideOutline outline = new GuideOutline();
    private final PdfDict catalog = new PdfDict();
    private final Map<String, Integer> fontNumbers = new TreeMap<>();
    private final List<PreparedPart.Placed> placed = new ArrayList<>();
    private GuideStructure structure;
    private byte[] partMetadata;
    private int frontPages;
    /** The first object number of the next part. */
    private int nextObject;

    /**
     * @param tagged whether the parts are tagged (PDF/UA), so that what the assembler adds must be tagged too
     * @param fonts the author's fonts, which the parts share as they share the shipped ones, and which draw the
     *     characters of running headers that DejaVu Sans lacks
     */
    PdfAssembler(boolean tagged, ConfiguredFonts fonts) {
        this.tagged = tagged;
        this.fonts = fonts;
        List<String> names = SharedFonts.names(fonts);
        for (int i = 0; i < names.size(); i++) {
            fontNumbers.put(names.get(i), FIRST_FONT + i);
        }
        this.shared = new SharedFonts(file, fonts, fontNumbers);
        this.nextObject = roundUp(FIRST_FONT + names.size(), OBJECT_BLOCK);
        file.skipTo(nextObject);
        file.reserve(PAGE_TREE);
    }

    /** Prepares a part for {@link #append(PreparedPart)}, on any thread; {@code fonts} are the author's. */
    static PreparedPart prepare(PdfFile part, ConfiguredFonts fonts) throws IOException {
        Set<String> names = Set.copyOf(SharedFonts.names(fonts));
        return PreparedPart.of(part, names::contains);
    }

    /** Reads a part's PDF, on any thread. */
    static PdfFile load(RenderedPart part) throws IOException {
        return PdfFileReader.read(part.pdf());
    }

    /**
     * Appends the pages of a part, its structure tree if it is tagged, and every object they lead to; returns the
     * 0-based index of its first page in the guide.
     */
    int append(PreparedPart part) {
        int first = pages.size();
        if (partMetadata == null) {
            partMetadata = part.metadata().orElse(null);
        }
        if (!catalog.has("Version")) {
            part.version().ifPresent(version -> catalog.put("Version", version));
        }
        boolean partTagged = part.structureRoot().isPresent();
        if (partTagged && structure == null) {
            file.reserve(STRUCTURE_ROOT);
            file.reserve(DOCUMENT);
            structure = new GuideStructure(file, STRUCTURE_ROOT, DOCUMENT);
        }
        int firstKey = partTagged ? structure.nextKey() : 0;
        PreparedPart.Placed place = part.place(new PreparedPart.Placement(nextObject, firstKey, fontNumbers, DOCUMENT));
        placed.add(place);
        PartObjects objects = place.objects();
        nextObject += roundUp(part.objectCount(), OBJECT_BLOCK);
        file.skipTo(nextObject);
        if (partTagged) {
            structure.adopt(part, objects);
        }
        shared.use(part.glyphs());
        for (PreparedPart.Page page : part.pages()) {
            int number = objects.number(page.number());
            file.reserve(number);
            pages.add(new Page(number, page.dict().copy(), objects, page.box(), page.empty()));
        }
        part.catalogEntries().forEach((entry, value) -> {
            if (!catalog.has(entry)) {
                catalog.put(entry, new Relocated(value, objects));
            }
        });
        return first;
    }

    /** {@code value} rounded up to whole blocks, at least one. */
    static int roundUp(int value, int block) {
        return Math.max(block, (value + block - 1) / block * block);
    }

    /** Appends an empty page of the size of the last one, which carries no header or number. */
    void appendBlank() {
        PDRectangle box = pages.get(pages.size() - 1).box;
        PdfDict page = new PdfDict().putName("Type", "Page").put("MediaBox", rectangle(box.getLowerLeftX(),
                box.getLowerLeftY(), box.getWidth(), box.getHeight())).put("Resources", new PdfDict());
        pages.add(new Page(0, page, Relocation.NONE, box, true));
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
            StampFontNames names = new StampFontNames(page.dict, page::resolved, page.relocation, shared);
            byte[] stamp = section == null ? stamper.content(box, names::nameOf, footer)
                    : stamper.content(box, names::nameOf, new PageStamper.Line(section.getValue(), HEADER_SIZE, 0.33f,
                            box.getUpperRightY() - HEADER_BASELINE), footer);
            names.finish();
            List<Object> contents = new ArrayList<>();
            contents.add(Relocated.ref(saveState));
            Object existing = page.dict.get("Contents");
            if (page.resolved(existing) instanceof List<?> array) {
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

    /** Adds a top-level bookmark to the top of page {@code pageIndex}; children go under the returned item. */
    GuideOutline.Bookmark bookmark(GuideOutline.Bookmark parent, String title, int pageIndex) {
        Page page = pages.get(pageIndex);
        return outline.add(parent, title, numberOf(page), page.box.getUpperRightY());
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
            link.put("StructParent", PdfToken.of(structure.tagLink(annotation, numberOf(page))));
            // Tab order follows the structure, as PDF/UA requires of a page with annotations.
            page.dict.putName("Tabs", "S");
        }
        file.put(annotation, link);
        List<Object> annotations = new ArrayList<>();
        if (page.resolved(page.dict.get("Annots")) instanceof List<?> array) {
            annotations.addAll(array);
        }
        annotations.add(Relocated.ref(annotation));
        page.dict.put("Annots", annotations);
    }

    /** Saves the guide with metadata that depends only on the guide; {@code contentDigest} becomes its document id. */
    void save(GuideInfo info, byte[] contentDigest, OutputStream out) throws IOException {
        List<Object> kids = new ArrayList<>(pages.size());
        for (Page page : pages) {
            page.dict.put("Parent", Relocated.ref(PAGE_TREE));
            file.put(numberOf(page), page.dict, page.relocation);
            kids.add(Relocated.ref(page.number));
        }
        file.put(PAGE_TREE, new PdfDict().putName("Type", "Pages").put("Kids", kids).put("Count", PdfToken.of(pages.size())));
        // The parts that did not change since the last guide of a watch session were compiled for it already.
        placed.parallelStream().forEach(PreparedPart.Placed::compiled);
        placed.forEach(part -> file.add(part.compiled()));
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
        root.put("Pages", Relocated.ref(PAGE_TREE));
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
        if (!outline.isEmpty()) {
            root.put("Outlines", Relocated.ref(outline.write(file)));
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

    private List<Object> topOf(Page page) {
        return List.of(Relocated.ref(numberOf(page)), PdfName.of("FitH"), PdfToken.of((int) page.box.getUpperRightY()));
    }

    /** A page's object number; a blank page gets one when first asked, after every part's. */
    private int numberOf(Page page) {
        if (page.number == 0) {
            page.number = file.reserve();
        }
        return page.number;
    }

    private static List<Object> rectangle(float x, float y, float width, float height) {
        return List.of(PdfToken.of(x), PdfToken.of(y), PdfToken.of(x + width), PdfToken.of(y + height));
    }

    @Override
    public void close() throws IOException {
        shared.close();
    }
}
