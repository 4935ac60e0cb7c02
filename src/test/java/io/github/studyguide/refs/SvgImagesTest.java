package io.github.studyguide.refs;

import io.github.studyguide.TestDrawings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drawings as editors save them: what the guides can show, and what they report. */
class SvgImagesTest {

    @TempDir
    Path folder;

    private Path write(String name, String svg) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, svg);
        return file;
    }

    @Test
    void inkscapeDrawingInSvg11IsShown() throws IOException {
        assertEquals(Optional.empty(), SvgImages.problem(write("plain.svg", TestDrawings.inkscape("version=\"1.1\""))));
        assertEquals(Optional.empty(), SvgImages.problem(write("none.svg", TestDrawings.inkscape(""))));
    }

    /**
     * Batik takes the editor's elements in a drawing that says SVG 1.2 for sXBL bindings and throws (found on real
     * courses, exported by OpenOffice and old Inkscape); browsers ignore the version, and so does the PDF now.
     */
    @Test
    void drawingThatSaysSvg12IsDrawnAsBrowsersDrawIt() throws IOException {
        assertEquals(Optional.empty(), SvgImages.problem(write("tiny.svg", TestDrawings.inkscape("version=\"1.2\""))));
    }

    /** Flowed text of the SVG 1.2 draft, which no browser draws and Batik refuses outside its SVG 1.2 mode. */
    @Test
    void flowedTextIsLeftOutAsBrowsersLeaveItOut() throws IOException {
        String drawing = TestDrawings.inkscape("version=\"1.1\"").replace("</svg>", """
                  <flowRoot xml:space="preserve"><flowRegion><rect width="50" height="20"/></flowRegion>
                    <flowPara>text in a box</flowPara></flowRoot>
                </svg>""");
        assertEquals(Optional.empty(), SvgImages.problem(write("flowed.svg", drawing)));
        byte[] adapted = SvgForBatik.adapted(drawing.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
        String written = new String(adapted, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!written.contains("flowRoot") && written.contains("data flows along the pipe")
                && written.contains("version=\"1.1\""), written);
        assertEquals(Optional.empty(), SvgForBatik.adapted(TestDrawings.inkscape("version=\"1.1\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "a drawing Batik takes goes as it is");
    }

    /** Batik fails the whole PDF on this one, which passed the checks before Batik was asked. */
    /**
     * An invalid CSS value, as an editor leaves behind ({@code stroke-opacity="null"}), is an error Batik draws past,
     * as browsers do: the drawing is shown, and Batik says nothing on the console (it printed a stack trace for
     * each such attribute in Maven's own JVM).
     */
    @Test
    void anErrorBatikDrawsPastShowsTheDrawingAndPrintsNothing() throws IOException {
        Path drawing = write("opacity.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                + "<rect width=\"4\" height=\"4\" stroke=\"#000\" stroke-opacity=\"null\"/></svg>");
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        Optional<String> problem;
        try {
            problem = SvgImages.problem(drawing);
        } finally {
            System.setErr(console);
        }
        assertEquals(Optional.empty(), problem);
        assertEquals("", printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void useOfAMarkerIsReported() throws IOException {
        Optional<String> problem = SvgImages.problem(write("marker.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><defs><marker id=\"m\"/></defs>"
                + "<use xlink:href=\"#m\"/></svg>"));
        assertEquals(Optional.of("cannot be drawn by Batik, which draws SVG in the PDF (IllegalArgumentException: null"
                + " is not a GraphicsNode); save it as plain SVG 1.1 (Inkscape: Save As, Plain SVG) or as PNG"), problem);
    }

    @Test
    void onlyRealEventHandlersInNoNamespaceCountAsScript() throws IOException {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\">";
        for (String harmless : new String[] {"only_selected=\"false\"", "one=\"1\"", "onset=\"2\"",
                "inkscape:onclick=\"x\"", "inkscape:onload=\"x\"", "online=\"yes\""}) {
            assertEquals(Optional.empty(), SvgImages.problem(write("ok.svg", open + "<rect width=\"4\" height=\"4\" " + harmless + "/></svg>")),
                    harmless);
        }
        assertEquals(Optional.of("cannot be drawn by Batik, which draws SVG in the PDF (BridgeException: The attribute"
                + " \"width\" of the element <rect> is required); save it as plain SVG 1.1 (Inkscape: Save As, Plain SVG)"
                + " or as PNG"), SvgImages.problem(write("blank.svg", open + "<rect/></svg>")),
                "the PDF renderer would leave a blank where Batik fails");
        for (String handler : new String[] {"onclick", "onload", "onmouseover", "onbegin", "onactivate", "onClick",
                "onfocusin", "onpointerdown"}) {
            assertEquals(Optional.of("has a script in its " + handler + " attribute; remove it"),
                    SvgImages.problem(write("bad.svg", open + "<rect " + handler + "=\"alert(1)\"/></svg>")), handler);
        }
    }
}
