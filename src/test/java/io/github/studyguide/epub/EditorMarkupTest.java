package io.github.studyguide.epub;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorMarkupTest {

    @Test
    void inkscapeAndSodipodiMarkupIsTakenOutAndTheDrawingKept() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" inkscape:version="1.0" width="10" height="10">
                  <defs><inkscape:path-effect effect="spiro" only_selected="false" onset="2"/></defs>
                  <sodipodi:namedview pagecolor="#ffffff"/>
                  <rect width="5" height="5" inkscape:label="box" fill="#336699"/>
                </svg>""";
        String cleaned = new String(EditorMarkup.removeFrom(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertFalse(cleaned.contains("inkscape") || cleaned.contains("sodipodi") || cleaned.contains("only_selected"),
                cleaned);
        assertTrue(cleaned.contains("<rect") && cleaned.contains("fill=\"#336699\""), cleaned);
    }

    @Test
    void aDrawingWithoutEditorMarkupOrThatDoesNotParseIsKeptByteForByte() {
        byte[] plain = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(plain, EditorMarkup.removeFrom(plain));
        byte[] broken = "<svg xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"><rect"
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(broken, EditorMarkup.removeFrom(broken));
    }
}
