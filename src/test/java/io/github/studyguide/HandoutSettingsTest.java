package io.github.studyguide;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HandoutSettingsTest {

    @Test
    void handoutLayoutsParseAsUsersWriteThem() {
        assertEquals(HandoutLayout.ONE_UP, HandoutLayout.parse("1-up"));
        assertEquals(HandoutLayout.TWO_UP, HandoutLayout.parse(" 2UP "));
        assertEquals(HandoutLayout.FOUR_UP, HandoutLayout.parse("4-up"));
        assertEquals("Unknown handoutLayout '6-up': use 1-up, 2-up or 4-up.",
                assertThrows(IllegalArgumentException.class, () -> HandoutLayout.parse("6-up")).getMessage());
    }

    @Test
    void pageBreaksParseAsUsersWriteThem() {
        assertEquals(PageBreaks.SLIDES, PageBreaks.parse("slides"));
        assertEquals(PageBreaks.COMPACT, PageBreaks.parse("Compact"));
        assertEquals("Unknown pageBreaks 'none': use slides or compact.",
                assertThrows(IllegalArgumentException.class, () -> PageBreaks.parse("none")).getMessage());
    }
}
