package io.github.studyguide.refs;

import io.github.studyguide.internal.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An SVG drawing as Batik, which draws SVG in the PDF, can take it, drawn as browsers draw it. Browsers draw an SVG
 * whatever its {@code version} attribute says, and skip the SVG 1.2 draft's flowed text ({@code flowRoot}), which
 * none of them implemented. Batik draws a drawing that says {@code version="1.2"} with its SVG 1.2 bridge, which
 * takes every element of an editor's namespace (Inkscape's {@code sodipodi:namedview}) for an sXBL binding and
 * throws, and refuses {@code flowRoot} in any other: real courses' drawings, exported by OpenOffice and old Inkscape,
 * showed as alt text in the PDF. So the PDF's renderer and the check that tries each drawing first
 * ({@link SvgDrawingTrial}) both get the drawing without the attribute and without flowed text; a drawing with
 * neither is left as the author wrote it, byte for byte. The EPUB keeps the author's file: e-readers are browsers.
 */
public final class SvgForBatik {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern VERSION_1_2 = Pattern.compile("version\\s*=\\s*['\"]\\s*1\\.2");

    private SvgForBatik() {
    }

    /** Whether the parsed drawing needs {@link #adapt}: it says version 1.2, or has flowed text. */
    static boolean needsAdapting(Document drawing) {
        Element root = drawing.getDocumentElement();
        return root != null && ("1.2".equals(root.getAttribute("version").strip())
                || drawing.getElementsByTagNameNS(SVG, "flowRoot").getLength() > 0);
    }

    /** Takes the version attribute and the flowed text out of the parsed drawing. */
    static void adapt(Document drawing) {
        Element root = drawing.getDocumentElement();
        if (root == null) {
            return;
        }
        if ("1.2".equals(root.getAttribute("version").strip())) {
            root.removeAttribute("version");
        }
        removeFlowedText(drawing);
    }

    /**
     * Takes the SVG 1.2 draft's flowed text out of a parsed drawing: no browser draws it, Batik refuses it, and
     * EPUBCheck finds it not allowed; the EPUB's copy of a drawing goes without it too.
     */
    public static void removeFlowedText(Document drawing) {
        NodeList flowed = drawing.getElementsByTagNameNS(SVG, "flowRoot");
        List<Element> removed = new ArrayList<>();
        for (int i = 0; i < flowed.getLength(); i++) {
            removed.add((Element) flowed.item(i));
        }
        removed.forEach(element -> element.getParentNode().removeChild(element));
    }

    /**
     * The SVG file's bytes as Batik can take them, or empty when they can go as they are (also when they are not
     * well-formed XML: the check reports that, and Batik gets the file unchanged).
     */
    public static Optional<byte[]> adapted(byte[] svg) throws IOException {
        // Every drawing of every part passes here on its way to Batik: most need nothing, and parsing them twice
        // (here and in Batik) to find that out would be a waste.
        String text = new String(svg, StandardCharsets.UTF_8);
        if (!text.contains("flowRoot") && !VERSION_1_2.matcher(text).find()) {
            return Optional.empty();
        }
        Document drawing;
        try {
            drawing = SafeXml.parser().parse(new ByteArrayInputStream(svg));
        } catch (SAXException e) {
            return Optional.empty();
        }
        if (!needsAdapting(drawing)) {
            return Optional.empty();
        }
        adapt(drawing);
        return Optional.of(SafeXml.bytes(drawing));
    }
}
