package io.github.studyguide.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineIndexTest {

    @Test
    void countsTheLineFeedsBeforeEachOffset() {
        String text = "ab\n\ncd\nlast";
        LineIndex lines = LineIndex.of(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(Text.lineFeedsBefore(text, offset), lines.lineOf(offset), "offset " + offset);
        }
        assertEquals(0, LineIndex.of("").lineOf(0));
        assertEquals(3, LineIndex.of("\n\n\n").lineOf(3), "an offset just after the last line feed");
    }
}
