package io.github.studyguide.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pieces openhtmltopdf draws right-to-left text with: runs, their visual order, and Arabic letter forms. */
class RightToLeftTextTest {

    @Test
    void arabicLettersTakeTheFormOfTheirPlaceInTheWord() {
        // beh, yeh, teh: initial, medial, final.
        assertEquals("\uFE91\uFEF4\uFE96", ArabicShaper.shape("بيت"));
        // seen joins the lam-alef ligature (its final form); meem after an alef, which joins nothing after it,
        // stands alone.
        assertEquals("\uFEB3\uFEFC\uFEE1", ArabicShaper.shape("سلام"));
        // A vowel sign between two letters does not break their join, and stays where it was.
        assertEquals("\uFE91\u064E\uFE96", ArabicShaper.shape("بَت"));
        // Persian letters: peh and gaf.
        assertEquals("\uFB58\uFB93", ArabicShaper.shape("پگ"));
        assertEquals("Docker 2.0 שלום", ArabicShaper.shape("Docker 2.0 שלום"), "nothing else changes");
        assertEquals("بيت سلام", ArabicShaper.unshape(ArabicShaper.shape("بيت سلام")));
    }

    @Test
    void aRightToLeftRunIsReversedWithItsBracketsMirrored() {
        assertEquals("(םולש)", JdkBidiReorderer.INSTANCE.reorderRTLTextToLTR("(שלום)"));
        assertEquals("تَب", JdkBidiReorderer.INSTANCE.reorderRTLTextToLTR("بَت"), "a mark before its letter");
    }

    @Test
    void latinWordsAndNumbersInsideRightToLeftTextAreRunsOfTheirOwn() {
        String paragraph = "هذا Docker 2.0 هنا";
        List<String> runs = runs(paragraph, BidiSplitter.RTL);
        assertEquals(List.of("R:هذا ", "L:Docker 2.0", "R: هنا"), runs);
        assertEquals(List.of("L:Plain English text."), runs("Plain English text.", BidiSplitter.LTR));
        assertEquals(List.of("L:Shalom ", "R:שלום"), runs("Shalom שלום", BidiSplitter.LTR));
        JdkBidiSplitter splitter = new JdkBidiSplitter();
        assertEquals(BidiSplitter.RTL, splitter.getBaseDirection("2.0 שלום Docker"));
        assertEquals(BidiSplitter.NEUTRAL, splitter.getBaseDirection("2.0 - 3"));
    }

    @Test
    void onlyADocumentWithRightToLeftTextOrMarkupGetsTheAlgorithm() {
        assertEquals(false, JdkBidiSplitter.isNeededFor("<p>“Quotes” – dashes, 日本語, हिंदी and ✓ read left to right.</p>"));
        assertEquals(true, JdkBidiSplitter.isNeededFor("<p>Shalom שלום</p>"));
        assertEquals(true, JdkBidiSplitter.isNeededFor("<p>مرحبا</p>"));
        assertEquals(true, JdkBidiSplitter.isNeededFor("<div class=\"lesson\" dir=\"rtl\"><p>2.0</p></div>"));
    }

    @Test
    void aRunningHeaderIsDrawnInVisualOrder() {
        assertEquals("Section 1: םולש", JdkBidiReorderer.visualLine("Section 1: שלום"));
        assertEquals("םלוע םולש", JdkBidiReorderer.visualLine("שלום עולם"));
        assertEquals("Section 1: Languages", JdkBidiReorderer.visualLine("Section 1: Languages"));
    }

    private static List<String> runs(String paragraph, byte direction) {
        JdkBidiSplitter splitter = new JdkBidiSplitter();
        splitter.setParagraph(paragraph, direction);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < splitter.countTextRuns(); i++) {
            BidiTextRun run = splitter.getVisualRun(i);
            runs.add((run.getDirection() == BidiSplitter.RTL ? "R:" : "L:")
                    + paragraph.substring(run.getStart(), run.getStart() + run.getLength()));
        }
        return runs;
    }
}
