package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Joins the separately rendered parts into the guide: their pages in order, page numbers in the footer of every
 * page but the title page, bookmarks section → lesson, links from the contents to the pages, and metadata whose
 * dates and document id come from the guide, never the clock.
 *
 * <p>The parts stay open until the guide is saved, as PDFBox requires of merged documents, which is why this class
 * is {@link Closeable}.
 */
final class PdfAssembler implements Closeable {

    /** The footer's baseline, in points from the bottom edge: centred in the 22 mm bottom margin. */
    private static final float FOOTER_BASELINE = 28f;
    private static final float FOOTER_SIZE = 9f;

    private final PDDocument guide = new PDDocument();
    private final List<PDDocument> parts = new ArrayList<>();
    private final List<PDPage> pages = new ArrayList<>();
    private final PDFMergerUtility merger = new PDFMergerUtility();

    /** Appends a part's pages; returns the 0-based index of its first page in the guide. */
    int append(RenderedPart part) throws IOException {
        PDDocument document = Loader.loadPDF(part.pdf());
        parts.add(document);
        int first = pages.size();
        // Copies the objects into the guide (parts number their objects independently), remapping the part's own
        // links to the copied pages.
        merger.appendDocument(guide, document);
        for (int i = first; i < guide.getNumberOfPages(); i++) {
            pages.add(guide.getPage(i));
        }
        return first;
    }

    /** Writes "n" at the foot of every page after the title page. */
    void numberPages() throws IOException {
        PDType0Font font = PDType0Font.load(guide, new ByteArrayInputStream(GuideFonts.sans()), true);
        for (int i = 1; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            String number = Integer.toString(i + 1);
            float width = font.getStringWidth(number) / 1000 * FOOTER_SIZE;
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream footer = new PDPageContentStream(guide, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setFont(font, FOOTER_SIZE);
                footer.setNonStrokingColor(0.2f, 0.2f, 0.2f);
                footer.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + FOOTER_BASELINE);
                footer.showText(number);
                footer.endText();
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

    /** Makes a rectangle on one page a link to the top of another page. */
    void link(int fromPage, RenderedPart.Anchor area, int toPage) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(area.x(), area.y(), area.width(), area.height()));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        link.setDestination(topOf(toPage));
        pages.get(fromPage).getAnnotations().add(link);
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
        guide.save(out);
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
        for (PDDocument document : parts) {
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
