package io.github.studyguide.pdf.handout;

import io.github.studyguide.HandoutLayout;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Where each page goes on a sheet: the sheet's size, and for each cell of the grid the scale and offset that fit a
 * page into it, centred. Pages keep their proportions; the bottom margin leaves room for the sheet's number.
 * Immutable.
 */
final class SheetGrid {

    /** Between the paper's edge and the cells, in points (7 mm): inside what most printers can reach. */
    static final float MARGIN = 20f;
    /** Between two cells, in points (5 mm). */
    static final float GAP = 14f;
    /** Below the cells, above the bottom margin: the band the sheet's number is printed in. */
    static final float NUMBER_BAND = 16f;

    private final PDRectangle sheet;
    private final int columns;
    private final int rows;

    /**
     * @param paper the paper in portrait, as the guide is printed: the sheet is turned sideways for 2-up
     */
    SheetGrid(HandoutLayout layout, PDRectangle paper) {
        this.sheet = layout.landscape() ? new PDRectangle(paper.getHeight(), paper.getWidth()) : paper;
        this.columns = layout.columns();
        this.rows = layout.rows();
    }

    PDRectangle sheet() {
        return sheet;
    }

    int cells() {
        return columns * rows;
    }

    /** The baseline of the sheet's number, in points from the sheet's bottom edge. */
    float numberBaseline() {
        return MARGIN;
    }

    /** Where the page goes in cell {@code cell} (0 is the top left, then along the row), for a page of {@code page}. */
    Placement place(int cell, PDRectangle page) {
        float cellWidth = (sheet.getWidth() - 2 * MARGIN - (columns - 1) * GAP) / columns;
        float cellHeight = (sheet.getHeight() - 2 * MARGIN - NUMBER_BAND - (rows - 1) * GAP) / rows;
        int column = cell % columns;
        int row = cell / columns;
        float cellX = MARGIN + column * (cellWidth + GAP);
        float cellY = sheet.getHeight() - MARGIN - (row + 1) * cellHeight - row * GAP;
        float scale = Math.min(cellWidth / page.getWidth(), cellHeight / page.getHeight());
        float x = cellX + (cellWidth - page.getWidth() * scale) / 2;
        float y = cellY + (cellHeight - page.getHeight() * scale) / 2;
        return new Placement(scale, x - page.getLowerLeftX() * scale, y - page.getLowerLeftY() * scale);
    }

    /**
     * Maps a page's coordinates onto the sheet: {@code sheet = page * scale + (dx, dy)}.
     */
    record Placement(float scale, float dx, float dy) {

        Matrix matrix() {
            return new Matrix(scale, 0, 0, scale, dx, dy);
        }

        float x(float pageX) {
            return pageX * scale + dx;
        }

        float y(float pageY) {
            return pageY * scale + dy;
        }

        /** A rectangle of the page (a link's area, the page's own box) as it lies on the sheet. */
        PDRectangle onSheet(PDRectangle area) {
            return new PDRectangle(x(area.getLowerLeftX()), y(area.getLowerLeftY()), area.getWidth() * scale,
                    area.getHeight() * scale);
        }
    }
}
