package io.github.studyguide.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontCoverageTest {

    @Test
    void everyCharacterBelowTheShortcutIsReallyInTheFont() {
        for (FontCoverage font : FontCoverage.values()) {
            // covers() takes the shortcut below coveredBelow(); the font's own map must agree.
            for (int codePoint = 0x20; codePoint < font.coveredBelow(); codePoint++) {
                if (!Character.isISOControl(codePoint)) {
                    assertTrue(font.mapHas(codePoint), font + " lacks U+" + Integer.toHexString(codePoint));
                }
            }
        }
    }

    @Test
    void knowsWhatEachFontLacks() {
        assertTrue(FontCoverage.TEXT.covers('Ω') && FontCoverage.TEXT.covers('→') && FontCoverage.TEXT.covers('※'));
        assertFalse(FontCoverage.CODE.covers('※'), "Mono has fewer symbols");
        assertFalse(FontCoverage.TEXT.covers('日'));
        assertFalse(FontCoverage.TEXT.covers(0x1F680), "emoji");
        assertFalse(FontCoverage.CODE.covers(0x1C4), "Mono lacks some Latin Extended-B letters");
    }
}
