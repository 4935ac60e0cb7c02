package io.github.studyguide.epub;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgIdsTest {

    /** The shape of an OpenOffice export: ids with parentheses, used by {@code <use>} and by a paint. */
    @Test
    void renamesIdsThatAreNoXmlNamesAndWhatNamesThem() {
        String drawing = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
                  <defs><g id="bullet(57356)"><path d="M0,0 L1,1"/></g><g id="bullet_57356_"/>
                  <linearGradient id="1st"><stop offset="0"/></linearGradient></defs>
                  <use xlink:href="#bullet(57356)"/><rect width="2" height="2" style="fill:url(#1st)"/>
                </svg>""";
        String renamed = new String(SvgIds.renameInvalid(drawing.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertTrue(renamed.contains("id=\"bullet_57356__2\"") && renamed.contains("xlink:href=\"#bullet_57356__2\""),
                "the taken name gets a number: " + renamed);
        assertTrue(renamed.contains("id=\"_1st\"") && renamed.contains("url(#_1st)"), renamed);
        assertTrue(renamed.contains("id=\"bullet_57356_\""), "a valid id stays: " + renamed);
    }

    @Test
    void keepsADrawingWhoseIdsAreNamesByteForByte() {
        byte[] drawing = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"layer-1\"/></svg>".getBytes(StandardCharsets.UTF_8);
        assertSame(drawing, SvgIds.renameInvalid(drawing));
    }
}
