package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.internal.ConfiguredFont;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.internal.FontCoverage;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * Joins the separately rendered parts into the guide: their pages in order, running headers and page numbers on
 * every page but the title page, bookmarks section → lesson, links from the contents to the pages, and metadata whose
 * dates and document id come from the guide, never the clock.
 *
 * <p>The parts stay open until the guide is saved, as PDFBox requires of merged documents, which is why this class
 * is {@link Closeable}: it closes the parts it loaded itself.
 */
final class PdfAssembler implements Closeable {

    /** Baselines in points from the page's edge, centring the text in the 22 mm margins. */
    private static final float FOOTER_BASELINE = 28f;
    private static final float HEADER_BASELINE = 34f;
    private static final float FOOTER_SIZE = 9f;
    private static final float HEADER_SIZE = 8.5f;

    private final PDDocument guide = new PDDocument();
    private final PartImport parts = new PartImport(guide);
    private final LinkTags linkTags = new LinkTags(parts::structure);
    private final boolean tagged;
    private final ConfiguredFonts fonts;
    /** The parts this assembler loaded itself, closed with it. */
    private final List<PDDocument> owned = new ArrayList<>();
    private final List<PDPage> pages = new ArrayList<>();
    private final Set<Integer> blanks = new HashSet<>();

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
    }

    /** DejaVu Sans for what it has, else the first of the author's text fonts that has the character. */
    private PDType0Font stampFont(SharedFonts shared, int codePoint) throws IOException {
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
     * Reads a part's PDF for {@link #append(PDDocument)}. Any thread may load parts, so that parsing them overlaps
     * rendering the others; whoever loads a part closes it, after the guide is saved.
     */
    static PDDocument load(RenderedPart part) throws IOException {
        return PartImport.load(part.pdf());
    }

    /** Appends a part's pages; returns the 0-based index of its first page in the guide. The assembler closes it. */
    int append(RenderedPart part) throws IOException {
        PDDocument document = load(part);
        owned.add(document);
        return append(document);
    }

    /**
     * Appends the pages of a part that {@link #load(RenderedPart)} read; returns the 0-based index of its first page
     * in the guide. The part must stay open until the guide is saved.
     */
    int append(PDDocument document) throws IOException {
        int first = pages.size();
        // Takes over the part's objects, pages and structure, rather than copying them (PartImport says why).
        parts.append(document);
        collectPagesFrom(first);
        return first;
    }

    /**
     * Adds the guide's pages from {@code first} on to {@link #pages}. PDFBox adds every page as a kid of the page
     * tree's root, so they are the root's last kids; taking them from there costs only the new pages. Walking the
     * tree instead (its iterator first lists every page, and {@code getPage(i)} descends from the root) made each
     * append cost the whole guide so far. Should the tree ever not be flat, it is walked.
     */
    private void collectPagesFrom(int first) {
        pages.addAll(pagesFrom(guide, first));
    }

    /** The document's pages from the 0-based {@code first} on, in order. */
    static List<PDPage> pagesFrom(PDDocument document, int first) {
        return rootKidsFrom(document, first).orElseGet(() -> walkedFrom(document, first));
    }

    /** The page tree root's kids from {@code first} on, if the tree is flat: every page a kid of the root. */
    static Optional<List<PDPage>> rootKidsFrom(PDDocument document, int first) {
        COSArray kids = document.getPages().getCOSObject().getCOSArray(COSName.KIDS);
        if (kids == null || kids.size() != document.getNumberOfPages()) {
            return Optional.empty();
        }
        List<PDPage> found = new ArrayList<>();
        for (int k = first; k < kids.size(); k++) {
            if (!(kids.getObject(k) instanceof COSDictionary kid) || !COSName.PAGE.equals(kid.getCOSName(COSName.TYPE))) {
                return Optional.empty();
            }
            found.add(new PDPage(kid));
        }
        return Optional.of(found);
    }

    private static List<PDPage> walkedFrom(PDDocument document, int first) {
        List<PDPage> found = new ArrayList<>();
        Iterator<PDPage> all = document.getPages().iterator();
        for (int i = 0; all.hasNext(); i++) {
            PDPage page = all.next();
            if (i >= first) {
                found.add(page);
            }
        }
        return found;
    }

    /**
     * Whether a page shows nothing: the blank back of a page that the renderer inserted so that the next part of a
     * duplex guide starts on a right-hand page. Like the blank pages added here, it gets no header or number.
     */
    private static boolean isEmpty(PDPage page) {
        var resources = page.getResources();
        return resources == null || !resources.getFontNames().iterator().hasNext()
                && !resources.getXObjectNames().iterator().hasNext();
    }

    /** Appends an empty page of the size of the last one, which carries no header or number. */
    void appendBlank() {
        PDPage blank = new PDPage(pages.get(pages.size() - 1).getMediaBox());
        blank.setResources(new PDResources());
        guide.addPage(blank);
        pages.add(blank);
        blanks.add(pages.size() - 1);
    }

    /**
     * Prints the running header (the section's heading) and the page number on every page but the title page, and
     * labels the pages for viewers. Pages are numbered as in a book: the front matter i, ii, ..., the body 1, 2, ...
     * Both are drawn here rather than by the renderer: parts render separately, so only the whole guide knows the
     * numbers, and laying out margin boxes on every page was a fifth of the renderer's time. Call it once every part
     * is appended: it first makes the parts share one subset of each font ({@link SharedFonts}), whose DejaVu Sans
     * then draws the stamps.
     *
     * @param frontPages how many pages the front matter has
     * @param unnumbered how many first pages carry no number: the title page, and the cover before it
     * @param sectionStarts the heading of each section by the 0-based guide page it starts on
     */
    void stampPages(int frontPages, int unnumbered, NavigableMap<Integer, String> sectionStarts) throws IOException {
        PDPageLabels labels = new PDPageLabels(guide);
        PDPageLabelRange front = new PDPageLabelRange();
        front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
        labels.setLabelItem(0, front);
        PDPageLabelRange body = new PDPageLabelRange();
        body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(frontPages, body);
        guide.getDocumentCatalog().setPageLabels(labels);

        SharedFonts shared = SharedFonts.share(guide, pages, fonts);
        PageStamper stamper = fonts.isEmpty() ? new PageStamper(guide, shared.sans())
                : new PageStamper(guide, codePoint -> stampFont(shared, codePoint));
        for (int i = unnumbered; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            if (blanks.contains(i) || isEmpty(page)) {
                continue;
            }
            PDRectangle box = page.getMediaBox();
            String number = i < frontPages ? roman(i + 1) : Integer.toString(i - frontPages + 1);
            PageStamper.Line footer = new PageStamper.Line(number, FOOTER_SIZE, 0.2f, box.getLowerLeftY() + FOOTER_BASELINE);
            Map.Entry<Integer, String> section = i < frontPages ? null : sectionStarts.floorEntry(i);
            if (section == null) {
                stamper.stamp(page, footer);
            } else {
                stamper.stamp(page, new PageStamper.Line(section.getValue(), HEADER_SIZE, 0.33f,
                        box.getUpperRightY() - HEADER_BASELINE), footer);
            }
        }
    }

    /** Adds a top-level bookmark to the top of page {@code pageIndex}; children go under the returned item. */
    PDOutlineItem bookmark(PDOutlineItem parent, String title, int pageIndex) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(topOf(pageIndex));
        if (parent == null) {
            outline().addLast(item);
        } else {
            parent.addLast(item);
        }
        return item;
    }

    /**
     * Makes a rectangle on one page a link to the top of another page.
     *
     * @param description what the link leads to, for screen readers
     */
    void link(int fromPage, RenderedPart.Anchor area, int toPage, String description) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(area.x(), area.y(), area.width(), area.height()));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        // Inside its annotation, not an object of its own: a guide has a link on every contents line.
        noBorder.getCOSObject().setDirect(true);
        link.setBorderStyle(noBorder);
        link.setDestination(topOf(toPage));
        link.setContents(description);
        link.setPrinted(true);
        PDPage page = pages.get(fromPage);
        page.getAnnotations().add(link);
        if (tagged) {
            linkTags.tag(link, page);
        }
    }

    /** Saves the guide with metadata that depends only on the guide; {@code contentDigest} becomes its document id. */
    void save(GuideInfo info, byte[] contentDigest, OutputStream out) throws IOException {
        PDDocumentInformation metadata = guide.getDocumentInformation();
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(info.date().toEpochMilli());
        metadata.setCreationDate(date);
        metadata.setModificationDate(date);
        metadata.setTitle(info.title());
        info.author().ifPresent(metadata::setAuthor);
        metadata.setProducer(PartRenderer.PRODUCER);
        metadata.setCreator(PartRenderer.PRODUCER);
        guide.getDocumentCatalog().setLanguage(info.language());
        guide.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        COSArray ids = new COSArray();
        ids.add(new COSString(contentDigest));
        ids.add(new COSString(contentDigest));
        guide.getDocument().getTrailer().setItem(COSName.ID, ids);
        if (parts.tagged()) {
            parts.structure().finish();
        }
        GuideMetadata.update(guide, info);
        guide.save(out);
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

    /** The guide, for what is made of it once saved ({@link FinishedGuide}). */
    PDDocument document() {
        return guide;
    }

    int pageCount() {
        return pages.size();
    }

    private PDDocumentOutline outline() {
        PDDocumentOutline outline = guide.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            outline = new PDDocumentOutline();
            guide.getDocumentCatalog().setDocumentOutline(outline);
        }
        return outline;
    }

    private PDPageFitWidthDestination topOf(int pageIndex) {
        PDPage page = pages.get(pageIndex);
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(page);
        destination.setTop((int) page.getMediaBox().getUpperRightY());
        return destination;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (PDDocument document : owned) {
            try {
                document.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        guide.close();
        if (failure != null) {
            throw failure;
        }
    }
}
