package io.github.studyguide.pdf.handout;

import io.github.studyguide.GuideInspector;
import io.github.studyguide.HandoutLayout;
import io.github.studyguide.PageSize;
import io.github.studyguide.internal.FontCoverage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NupSheetsTest {

    @TempDir
    Path dir;

    /**
     * Five A4 pages, "Page 1" to "Page 5", in one embedded font; page 1 links to page 5 and to the web, and a
     * bookmark leads to the middle of page 4.
     */
    private Path guide() throws IOException {
        Path file = dir.resolve("guide.pdf");
        try (PDDocument document = new PDDocument();
             InputStream font = NupSheetsTest.class.getResourceAsStream(FontCoverage.FONT_FOLDER + "DejaVuSans.ttf")) {
            PDType0Font sans = PDType0Font.load(document, font, true);
            for (int i = 1; i <= 5; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(sans, 12);
                    content.newLineAtOffset(72, 760);
                    content.showText("Page " + i);
                    content.endText();
                }
            }
            PDAnnotationLink toLast = new PDAnnotationLink();
            toLast.setRectangle(new PDRectangle(100, 700, 200, 20));
            PDPageFitWidthDestination last = new PDPageFitWidthDestination();
            last.setPage(document.getPage(4));
            last.setTop(842);
            toLast.setDestination(last);
            PDAnnotationLink web = new PDAnnotationLink();
            web.setRectangle(new PDRectangle(100, 600, 100, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/knots");
            web.setAction(uri);
            document.getPage(0).getAnnotations().addAll(List.of(toLast, web));
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem middle = new PDOutlineItem();
            middle.setTitle("Middle of page 4");
            PDPageFitWidthDestination four = new PDPageFitWidthDestination();
            four.setPage(document.getPage(3));
            four.setTop(400);
            middle.setDestination(four);
            outline.addLast(middle);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void twoUpPutsPagesSideBySideOnLandscapeSheetsInReadingOrder() throws IOException {
        Path sheets = dir.resolve("guide-2up.pdf");
        assertEquals(3, new NupSheets(HandoutLayout.TWO_UP, PageSize.A4).write(guide(), sheets));
        assertEquals(List.of("842 x 595", "842 x 595", "842 x 595"), GuideInspector.pdfPageSizes(sheets.toFile()));
        // Side by side on one baseline, the two pages read as one line: the left page first.
        assertEquals(List.of("Page 1 Page 2\n1\n", "Page 3 Page 4\n2\n", "Page 5\n3\n"),
                GuideInspector.pdfPagesInDrawingOrder(sheets.toFile()));
    }

    @Test
    void fourUpFillsPortraitSheetsRowByRow() throws IOException {
        Path sheets = dir.resolve("guide-4up.pdf");
        assertEquals(2, new NupSheets(HandoutLayout.FOUR_UP, PageSize.LETTER).write(guide(), sheets));
        assertEquals(List.of("612 x 792", "612 x 792"), GuideInspector.pdfPageSizes(sheets.toFile()));
        // Sorted by position, as a viewer selects text: the top row first, left to right.
        assertEquals("Page 1 Page 2\nPage 3 Page 4\n1\n", GuideInspector.pdfPages(sheets.toFile()).get(0));
    }

    @Test
    void linksAndBookmarksLeadToTheSheetAndPlaceTheirPageWentTo() throws IOException {
        Path sheets = dir.resolve("guide-2up.pdf");
        new NupSheets(HandoutLayout.TWO_UP, PageSize.A4).write(guide(), sheets);
        SheetGrid grid = new SheetGrid(HandoutLayout.TWO_UP, PDRectangle.A4);
        SheetGrid.Placement first = grid.place(0, PDRectangle.A4);
        SheetGrid.Placement second = grid.place(1, PDRectangle.A4);
        assertEquals(List.of("1->3"), GuideInspector.pdfInternalLinks(sheets.toFile()));
        assertEquals(List.of(2), GuideInspector.pdfBookmarkPages(sheets.toFile()));
        try (PDDocument document = Loader.loadPDF(sheets.toFile())) {
            var links = document.getPage(0).getAnnotations();
            assertEquals(2, links.size());
            PDRectangle area = links.get(0).getRectangle();
            assertEquals(first.x(100), area.getLowerLeftX(), 0.01);
            assertEquals(first.y(700), area.getLowerLeftY(), 0.01);
            assertEquals(200 * first.scale(), area.getWidth(), 0.01);
            assertTrue(area.getUpperRightX() < 421, "the link stays on the left page of the sheet");
            assertEquals("https://example.org/knots",
                    ((PDActionURI) ((PDAnnotationLink) links.get(1)).getAction()).getURI());
            var bookmark = (PDPageFitWidthDestination) document.getDocumentCatalog().getDocumentOutline()
                    .getFirstChild().getDestination();
            assertEquals(Math.round(second.y(400)), bookmark.getTop());
        }
    }

    @Test
    void fontsThePagesShareAreEmbeddedOnce() throws IOException {
        Path sheets = dir.resolve("guide-2up.pdf");
        new NupSheets(HandoutLayout.TWO_UP, PageSize.A4).write(guide(), sheets);
        // The pages' font, and the one the sheets' numbers are set in; not one copy per page.
        assertEquals(List.of("DejaVuSans", "DejaVuSans"), GuideInspector.pdfEmbeddedFontFiles(sheets.toFile()));
    }

    @Test
    void theSameGuideGivesTheSameSheets() throws IOException {
        Path guide = guide();
        new NupSheets(HandoutLayout.FOUR_UP, PageSize.A4).write(guide, dir.resolve("one.pdf"));
        new NupSheets(HandoutLayout.FOUR_UP, PageSize.A4).write(guide, dir.resolve("two.pdf"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.pdf")), Files.readAllBytes(dir.resolve("two.pdf")));
    }

    @Test
    void oneUpNeedsNoSheets() {
        assertThrows(IllegalArgumentException.class, () -> new NupSheets(HandoutLayout.ONE_UP, PageSize.A4));
    }
}
