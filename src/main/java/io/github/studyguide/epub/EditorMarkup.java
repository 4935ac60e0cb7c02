package io.github.studyguide.epub;

import io.github.studyguide.internal.SafeXml;
import io.github.studyguide.refs.SvgForBatik;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;

/**
 * Takes out of an SVG drawing what its editor kept for itself (Inkscape's and Sodipodi's elements and attributes),
 * as Inkscape's own "Plain SVG" does, and the flowed text of the SVG 1.2 draft, which old Inkscape wrote and no
 * reader draws. It draws nothing, and EPUBCheck reads editor attributes such as {@code only_selected} as event
 * handlers and then asks for the {@code scripted} property, which the guide must not claim, and finds flowed text
 * not allowed. A drawing without either, or one that does not parse, is kept byte for byte.
 */
final class EditorMarkup {

    private static final Set<String> EDITOR_NAMESPACES = Set.of(
            "http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd");

    private EditorMarkup() {
    }

    static byte[] removeFrom(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        if (EDITOR_NAMESPACES.stream().noneMatch(text::contains) && !text.contains("flowRoot")) {
            return svg;
        }
        try {
            Document document = SafeXml.parser().parse(new ByteArrayInputStream(svg));
            strip(document.getDocumentElement());
            SvgForBatik.removeFlowedText(document);
            return SafeXml.bytes(document);
        } catch (SAXException | IOException e) {
            return svg;
        }
    }

    /** Whether a node's namespace is an editor's; {@code Set.of} refuses to be asked about null, no namespace. */
    private static boolean isEditor(String namespace) {
        return namespace != null && EDITOR_NAMESPACES.contains(namespace);
    }

    private static void strip(Element element) {
        List<Attr> editorAttributes = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            boolean declaresEditor = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    && EDITOR_NAMESPACES.contains(attribute.getValue());
            if (declaresEditor || isEditor(attribute.getNamespaceURI())) {
                editorAttributes.add(attribute);
            }
        }
        editorAttributes.forEach(element::removeAttributeNode);
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element childElement) {
                if (isEditor(childElement.getNamespaceURI())) {
                    element.removeChild(childElement);
                } else {
                    strip(childElement);
                }
            }
        }
    }
}
