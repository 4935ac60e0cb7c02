package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PdfAssemblerPagesTest {

    /** Pages of different widths, so that each is known by its width. */
    private static PDPage page(int width) {
        return new PDPage(new PDRectangle(width, 100));
    }

    private static List<Float> widths(List<PDPage> pages) {
        return pages.stream().map(page -> page.getMediaBox().getWidth()).toList();
    }

    @Test
    void takesTheLastKidsOfAFlatPageTree() throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int width = 101; width <= 105; width++) {
                document.addPage(page(width));
            }
            assertEquals(List.of(103f, 104f, 105f), widths(PdfAssembler.pagesFrom(document, 2)));
            assertEquals(List.of(), PdfAssembler.pagesFrom(document, 5));
            // Taken from the root's kids, without walking the tree.
            assertEquals(List.of(103f, 104f, 105f), widths(PdfAssembler.rootKidsFrom(document, 2).orElseThrow()));
        }
    }

    /** A tree whose root holds a page, then a node of two pages, then a page: the root's kids are not the pages. */
    @Test
    void walksAPageTreeThatIsNotFlat() throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSDictionary root = document.getPages().getCOSObject();
            COSDictionary node = new COSDictionary();
            node.setItem(COSName.TYPE, COSName.PAGES);
            node.setItem(COSName.PARENT, root);
            COSArray nodeKids = new COSArray();
            for (int width : new int[] {202, 203}) {
                PDPage page = page(width);
                page.getCOSObject().setItem(COSName.PARENT, node);
                nodeKids.add(page.getCOSObject());
            }
            node.setItem(COSName.KIDS, nodeKids);
            node.setItem(COSName.COUNT, COSInteger.get(2));
            COSArray rootKids = new COSArray();
            PDPage first = page(201);
            PDPage last = page(204);
            first.getCOSObject().setItem(COSName.PARENT, root);
            last.getCOSObject().setItem(COSName.PARENT, root);
            rootKids.add(first.getCOSObject());
            rootKids.add(node);
            rootKids.add(last.getCOSObject());
            root.setItem(COSName.KIDS, rootKids);
            root.setItem(COSName.COUNT, COSInteger.get(4));
            assertEquals(Optional.empty(), PdfAssembler.rootKidsFrom(document, 0));
            assertEquals(List.of(201f, 202f, 203f, 204f), widths(PdfAssembler.pagesFrom(document, 0)));
            assertEquals(List.of(203f, 204f), widths(PdfAssembler.pagesFrom(document, 2)));
        }
    }
}
