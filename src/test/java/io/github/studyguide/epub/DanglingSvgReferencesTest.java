package io.github.studyguide.epub;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DanglingSvgReferencesTest {

    private static String clean(String svg) {
        return new String(DanglingSvgReferences.removeFrom(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void aUrlToAMissingIdBecomesItsFallbackOrNoneAndOneToAnExistingIdStays() {
        Set<String> ids = Set.of("sky");
        assertEquals("none", DanglingSvgReferences.withoutDanglingUrls("url(#grid)", ids));
        assertEquals("fill:url(#sky);stroke:#333", DanglingSvgReferences.withoutDanglingUrls("fill:url(#sky);stroke:url(#gone) #333", ids));
        assertEquals("marker-end:none", DanglingSvgReferences.withoutDanglingUrls("marker-end:url('#gone')", ids));
        assertEquals(".a { fill: none }", DanglingSvgReferences.withoutDanglingUrls(".a { fill: url(#gone) }", ids));
    }

    @Test
    void anHrefToAMissingIdIsRemovedAndTheRestOfTheDrawingKept() {
        String cleaned = clean("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <defs><path id="curve" d="M0,0 L1,1"/></defs>
                  <use xlink:href="#gone"/><use xlink:href="#curve"/>
                  <style>.x { fill: url(#nothing) }</style>
                  <rect width="1" height="1" fill="url(#grid)"/>
                </svg>""");
        assertFalse(cleaned.contains("#gone") || cleaned.contains("#grid") || cleaned.contains("#nothing"), cleaned);
        assertTrue(cleaned.contains("xlink:href=\"#curve\"") && cleaned.contains("fill=\"none\"")
                && cleaned.contains(".x { fill: none }"), cleaned);
    }

    @Test
    void aDrawingWhoseReferencesAllResolveOrThatDoesNotParseIsKeptByteForByte() {
        byte[] whole = ("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"/></defs>"
                + "<rect width=\"1\" height=\"1\" fill=\"url(#g)\"/></svg>").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(whole, DanglingSvgReferences.removeFrom(whole));
        byte[] broken = "<svg><rect fill=\"url(#x)\"".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(broken, DanglingSvgReferences.removeFrom(broken));
    }
}
