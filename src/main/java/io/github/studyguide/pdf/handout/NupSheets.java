package io.github.studyguide.pdf.handout;

import io.github.studyguide.pdf.GuideMetadata;

import io.github.studyguide.HandoutLayout;
import io.github.studyguide.PageSize;
import io.github.studyguide.internal.Digests;
import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.internal.Resources;
import io.github.studyguide.output.AtomicOutput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a finished guide's pages two or four to a sheet, for handouts that save paper. Each page is drawn as a
 * form XObject, scaled into its cell with a thin frame, so nothing is laid out again: the text stays text, and the
 * fonts and images the pages share stay shared (PDFBox's {@link LayerUtility} copies each object once). The sheets
 * carry their own numbers, and the guide's bookmarks and links, moved to the sheet and place their pages went to.
 *
 * <p>The sheets are for printing: they are not tagged, even when the guide is (PDF/UA), as a reading order across
 * scaled pages would help nobody whom the guide itself does not serve better. An archival guide (PDF/A-2u) gives
 * archival sheets: the same output intent, and the guide's XMP metadata without its PDF/UA claim.
 *
 * <p>An instance holds only its settings; any number of threads may use it, one sheet file each.
 */
public final class NupSheets {

    /** The namespace of the PDF/UA identification schema, whose claim the untagged sheets must not make. */
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    private static final float NUMBER_SIZE = 9f;
    private static final float FRAME_WIDTH = 0.4f;
    private static final float FRAME_GREY = 0.55f;

    private final HandoutLayout layout;
    private final PageSize pageSize;

    /**
     * @param layout how many pages to a sheet; not {@code 1-up}
     * @param pageSize the paper the sheets are printed on, as the guide is
     */
    public NupSheets(HandoutLayout layout, PageSize pageSize) {
        if (layout.pagesPerSheet() < 2) {
            throw new IllegalArgumentException("A " + layout + " layout needs no sheets");
        }
        this.layout = layout;
        this.pageSize = pageSize;
    }

    /**
     * Writes the sheets of the PDF {@code guide} to {@code target}, replacing it only once complete. The same guide
     * gives the same bytes.
     *
     * @return the number of sheets
     */
    public int write(Path guide, Path target) throws IOException {
        try (PDDocument source = Loader.loadPDF(guide.toFile())) {
            return write(source, guide, target);
        }
    }

    /**
     * @param source the guide, read from {@code saved}; it is only read
     * @param saved the guide's file, whose bytes the sheets' document id is derived from
     */
    private int write(PDDocument source, Path saved, Path target) throws IOException {
        try (PDDocument sheets = new PDDocument()) {
            sheets.setVersion(source.getVersion());
            SheetGrid grid = new SheetGrid(layout, paper(pageSize));
            List<PDPage> pages = new ArrayList<>();
            source.getPages().forEach(pages::add);
            Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                pageIndex.put(pages.get(i).getCOSObject(), i);
            }
            List<PDPage> drawn = draw(source, pages, sheets, grid);
            Mapping mapping = new Mapping(pages, pageIndex, drawn, grid);
            for (int i = 0; i < pages.size(); i++) {
                moveLinks(pages.get(i), i, mapping);
            }
            PDDocumentOutline outline = source.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                PDDocumentOutline copy = new PDDocumentOutline();
                copyOutline(outline, copy, mapping);
                sheets.getDocumentCatalog().setDocumentOutline(copy);
                sheets.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            }
            describe(source, sheets, digest(saved));
            // With object streams, as the guide is saved: a tagged guide's pages carry thousands of small
            // dictionaries (marked-content properties), which as plain objects made the sheets 2.6 times the guide.
            AtomicOutput.write(target, sheets::save);
            return drawn.size();
        }
    }

    private static PDRectangle paper(PageSize pageSize) {
        return pageSize == PageSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
    }

    /** Draws every page into its cell, with a frame, and numbers each sheet; returns the sheets. */
    private List<PDPage> draw(PDDocument source, List<PDPage> pages, PDDocument sheets, SheetGrid grid)
            throws IOException {
        // One importer for all pages: it copies an object the pages share (a font, an image) once, not per page.
        LayerUtility importer = new LayerUtility(sheets);
        PDType0Font numberFont;
        try (InputStream font = new ByteArrayInputStream(
                Resources.bytes(NupSheets.class, FontCoverage.FONT_FOLDER + "DejaVuSans.ttf"))) {
            numberFont = PDType0Font.load(sheets, font, true);
        }
        List<PDPage> drawn = new ArrayList<>();
        for (int first = 0; first < pages.size(); first += grid.cells()) {
            PDPage sheet = new PDPage(grid.sheet());
            sheets.addPage(sheet);
            drawn.add(sheet);
            try (PDPageContentStream content = new PDPageContentStream(sheets, sheet)) {
                for (int cell = 0; cell < grid.cells() && first + cell < pages.size(); cell++) {
                    PDPage page = pages.get(first + cell);
                    PDFormXObject form = importer.importPageAsForm(source, page);
                    SheetGrid.Placement place = grid.place(cell, page.getMediaBox());
                    content.saveGraphicsState();
                    content.transform(place.matrix());
                    content.drawForm(form);
                    content.restoreGraphicsState();
                    PDRectangle frame = place.onSheet(page.getMediaBox());
                    content.setLineWidth(FRAME_WIDTH);
                    content.setStrokingColor(FRAME_GREY);
                    content.addRect(frame.getLowerLeftX(), frame.getLowerLeftY(), frame.getWidth(), frame.getHeight());
                    content.stroke();
                }
                String number = Integer.toString(drawn.size());
                float width = numberFont.getStringWidth(number) / 1000 * NUMBER_SIZE;
                content.beginText();
                content.setFont(numberFont, NUMBER_SIZE);
                content.setNonStrokingColor(0.2f);
                content.newLineAtOffset((grid.sheet().getWidth() - width) / 2, grid.numberBaseline());
                content.showText(number);
                content.endText();
            }
        }
        return drawn;
    }

    /** Where a page and a point of it went: its sheet, and the placement in its cell. */
    private record Mapping(List<PDPage> pages, Map<COSDictionary, Integer> pageIndex, List<PDPage> sheets,
            SheetGrid grid) {

        PDPage sheetOf(int page) {
            return sheets.get(page / grid.cells());
        }

        SheetGrid.Placement placementOf(int page) {
            return grid.place(page % grid.cells(), pages.get(page).getMediaBox());
        }

        /** The same place on the sheet as {@code destination} names on its page; null if it names no page here. */
        PDPageFitWidthDestination moved(PDDestination destination) {
            if (!(destination instanceof PDPageDestination pageDestination) || pageDestination.getPage() == null) {
                return null;
            }
            Integer page = pageIndex.get(pageDestination.getPage().getCOSObject());
            if (page == null) {
                return null;
            }
            PDRectangle box = pages.get(page).getMediaBox();
            int top = -1;
            if (destination instanceof PDPageFitWidthDestination fitWidth) {
                top = fitWidth.getTop();
            } else if (destination instanceof PDPageXYZDestination xyz) {
                top = xyz.getTop();
            }
            float pageTop = top < 0 ? box.getUpperRightY() : Math.min(top, box.getUpperRightY());
            PDPageFitWidthDestination moved = new PDPageFitWidthDestination();
            moved.setPage(sheetOf(page));
            moved.setTop(Math.round(placementOf(page).y(pageTop)));
            return moved;
        }
    }

    /**
     * Gives the sheet the links of a page, their areas scaled onto the sheet: links within the guide lead to the
     * sheet their target went to, links to the web stay as they are. Other annotations (the guide has none) are
     * left out.
     */
    private static void moveLinks(PDPage page, int index, Mapping mapping) throws IOException {
        SheetGrid.Placement place = mapping.placementOf(index);
        PDPage sheet = mapping.sheetOf(index);
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link) || link.getRectangle() == null) {
                continue;
            }
            PDAnnotationLink moved = new PDAnnotationLink();
            PDDestination destination = link.getDestination();
            if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            }
            if (destination != null) {
                PDPageFitWidthDestination target = mapping.moved(destination);
                if (target == null) {
                    continue;
                }
                moved.setDestination(target);
            } else if (link.getAction() instanceof PDActionURI uri) {
                PDActionURI copy = new PDActionURI();
                copy.setURI(uri.getURI());
                moved.setAction(copy);
            } else {
                continue;
            }
            moved.setRectangle(place.onSheet(link.getRectangle()));
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            moved.setBorderStyle(noBorder);
            if (link.getContents() != null) {
                moved.setContents(link.getContents());
            }
            moved.setPrinted(true); // PDF/A requires every annotation to print
            sheet.getAnnotations().add(moved);
        }
    }

    /** Copies the bookmarks, each leading to the sheet and place its page went to; titles and nesting unchanged. */
    private static void copyOutline(PDOutlineNode from, PDOutlineNode to, Mapping mapping) throws IOException {
        for (PDOutlineItem item : from.children()) {
            PDOutlineItem copy = new PDOutlineItem();
            copy.setTitle(item.getTitle());
            PDDestination destination = item.getDestination();
            if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            }
            PDPageFitWidthDestination target = mapping.moved(destination);
            if (target != null) {
                copy.setDestination(target);
            }
            to.addLast(copy);
            copyOutline(item, copy, mapping);
        }
    }

    /**
     * The guide's document information, language and, for an archival guide, its output intent and XMP metadata,
     * less the PDF/UA claim; and a document id derived from the guide's bytes, so that the same guide gives the same
     * sheets.
     */
    private void describe(PDDocument source, PDDocument sheets, byte[] guideDigest) throws IOException {
        sheets.setDocumentInformation(new PDDocumentInformation(
                new COSDictionary(source.getDocumentInformation().getCOSObject())));
        if (source.getDocumentCatalog().getLanguage() != null) {
            sheets.getDocumentCatalog().setLanguage(source.getDocumentCatalog().getLanguage());
        }
        for (PDOutputIntent intent : source.getDocumentCatalog().getOutputIntents()) {
            PDOutputIntent copy;
            try (InputStream profile = intent.getDestOutputIntent().createInputStream()) {
                copy = new PDOutputIntent(sheets, profile);
            }
            copy.setInfo(intent.getInfo());
            copy.setOutputCondition(intent.getOutputCondition());
            copy.setOutputConditionIdentifier(intent.getOutputConditionIdentifier());
            copy.setRegistryName(intent.getRegistryName());
            sheets.getDocumentCatalog().addOutputIntent(copy);
        }
        PDMetadata metadata = source.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            PDMetadata copy = new PDMetadata(sheets);
            copy.importXMPMetadata(withoutPdfUaClaim(metadata));
            sheets.getDocumentCatalog().setMetadata(copy);
        }
        MessageDigest md5 = Digests.md5();
        md5.update(guideDigest);
        md5.update(layout.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] id = md5.digest();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        sheets.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] withoutPdfUaClaim(PDMetadata metadata) throws IOException {
        XMPMetadata xmp = GuideMetadata.read(metadata);
        for (XMPSchema schema : new ArrayList<>(xmp.getAllSchemas())) {
            if (PDFUA_NAMESPACE.equals(schema.getNamespace())) {
                xmp.removeSchema(schema);
            }
        }
        return GuideMetadata.bytes(xmp);
    }

    private static byte[] digest(Path file) throws IOException {
        MessageDigest md5 = Digests.md5();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return md5.digest();
    }
}
