package io.github.studyguide.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes a table from a TrueType font's table directory, leaving the table data where it is.
 *
 * <p>Used to drop {@code GSUB}: PDFBox 3 applies glyph substitutions on every text run it draws, compiling regular
 * expressions from the font's substitution tables each time, which took a third of the PDF stage on a large guide.
 * Latin text in DejaVu needs no substitution, and PDFBox's subsetter never copies {@code GSUB} into the PDF, so
 * the output looks the same.
 */
final class FontTables {

    private static final int OFFSET_TABLE_SIZE = 12;
    private static final int TABLE_RECORD_SIZE = 16;

    private FontTables() {
    }

    /**
     * Returns a copy of {@code font} whose directory no longer lists {@code tag}, or {@code font} itself when the
     * table is absent or the data is not a TrueType font.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        if (font.length < OFFSET_TABLE_SIZE) {
            return font;
        }
        ByteBuffer in = ByteBuffer.wrap(font);
        int numTables = Short.toUnsignedInt(in.getShort(4));
        if (font.length < OFFSET_TABLE_SIZE + numTables * TABLE_RECORD_SIZE) {
            return font;
        }
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        int found = -1;
        for (int i = 0; i < numTables && found < 0; i++) {
            int record = OFFSET_TABLE_SIZE + i * TABLE_RECORD_SIZE;
            if (ByteBuffer.wrap(font, record, 4).equals(ByteBuffer.wrap(wanted))) {
                found = i;
            }
        }
        if (found < 0) {
            return font;
        }
        byte[] copy = font.clone();
        int remaining = numTables - 1;
        int recordsEnd = OFFSET_TABLE_SIZE + numTables * TABLE_RECORD_SIZE;
        int removed = OFFSET_TABLE_SIZE + found * TABLE_RECORD_SIZE;
        // Shift the later records over the removed one and blank the freed slot; table data keeps its offsets.
        System.arraycopy(font, removed + TABLE_RECORD_SIZE, copy, removed, recordsEnd - removed - TABLE_RECORD_SIZE);
        Arrays.fill(copy, recordsEnd - TABLE_RECORD_SIZE, recordsEnd, (byte) 0);
        int power = Integer.highestOneBit(Math.max(1, remaining));
        ByteBuffer header = ByteBuffer.wrap(copy);
        header.putShort(4, (short) remaining);
        header.putShort(6, (short) (power * 16));
        header.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        header.putShort(10, (short) (remaining * 16 - power * 16));
        return copy;
    }
}
