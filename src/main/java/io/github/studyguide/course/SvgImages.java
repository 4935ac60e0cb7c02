package io.github.studyguide.course;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an SVG image can go into the guides as it is. An SVG is a document that can refer to other files
 * and run scripts: the PDF renderer refuses to fetch anything (and drops, or with some references fails on, the
 * whole drawing), and an e-reader would try. So an SVG that refers to anything outside itself, runs a script or
 * embeds HTML is reported, and the guides show its alt text instead. Self-contained drawings, as diagram tools
 * export them, pass.
 */
public final class SvgImages {

    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final Set<String> UNSAFE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "handler");

    private SvgImages() {
    }

    public static boolean isSvg(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** Why the SVG file cannot be embedded, or empty when it can. */
    public static Optional<String> problem(Path svg) {
        org.w3c.dom.Document document;
        try (InputStream in = Files.newInputStream(svg)) {
            document = parser().parse(in);
        } catch (SAXException e) {
            return Optional.of("is not a well-formed SVG file (" + e.getMessage() + ")");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
        if (document.getDoctype() != null && document.getDoctype().getInternalSubset() != null
                && !document.getDoctype().getInternalSubset().isBlank()) {
            return Optional.of("declares entities in its DOCTYPE; remove them");
        }
        if (!"svg".equals(localName(document.getDocumentElement()))) {
            return Optional.of("is not an SVG drawing: its root element is <" + localName(document.getDocumentElement()) + ">");
        }
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = localName(element).toLowerCase(Locale.ROOT);
            if (UNSAFE_ELEMENTS.contains(name)) {
                return Optional.of("contains <" + localName(element) + ">, which the guides cannot show safely; remove it");
            }
            if (name.equals("style") && element.getTextContent().toLowerCase(Locale.ROOT).contains("@import")) {
                return Optional.of("imports a style sheet with @import; put the styles in the SVG itself");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                String attributeName = localName(attribute).toLowerCase(Locale.ROOT);
                String value = attribute.getNodeValue().trim();
                if (attributeName.startsWith("on")) {
                    return Optional.of("has a script in its " + attribute.getNodeName() + " attribute; remove it");
                }
                if (refersOutside(attributeName, value)) {
                    return Optional.of("refers to " + value + "; the build reads nothing outside the drawing, so embed"
                            + " it or remove the reference");
                }
            }
        }
        return useLoop(all).map(use -> "has a <use> that draws itself: it refers to \"#" + reference(use)
                + "\", which contains it, directly or through other <use> elements, and the PDF renderer would repeat"
                + " it until it crashed; point it at an element outside it");
    }

    /**
     * A {@code <use>} whose drawing includes that same {@code <use>}: Batik, which draws SVG in the PDF, expands it
     * without end and the build dies of a stack overflow. Searched without recursion, so that a long chain of
     * {@code <use>} elements cannot overflow the stack here either.
     */
    private static Optional<Element> useLoop(NodeList all) {
        Map<String, Element> byId = new HashMap<>();
        List<Element> uses = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!element.getAttribute("id").isEmpty()) {
                byId.putIfAbsent(element.getAttribute("id"), element);
            }
            if (localName(element).equals("use")) {
                uses.add(element);
            }
        }
        for (Element start : uses) {
            Deque<Element> pending = new ArrayDeque<>(List.of(start));
            Set<Element> expanded = new HashSet<>();
            while (!pending.isEmpty()) {
                Element target = byId.get(reference(pending.pop()));
                if (target == null || !expanded.add(target)) {
                    continue;
                }
                List<Element> drawn = new ArrayList<>();
                if (localName(target).equals("use")) {
                    drawn.add(target);
                }
                NodeList inside = target.getElementsByTagNameNS("*", "use");
                for (int i = 0; i < inside.getLength(); i++) {
                    drawn.add((Element) inside.item(i));
                }
                if (drawn.contains(start)) {
                    return Optional.of(start);
                }
                drawn.forEach(pending::push);
            }
        }
        return Optional.empty();
    }

    /** The id a {@code <use>} draws, from {@code xlink:href} (SVG 1.1) or {@code href} (SVG 2). */
    private static String reference(Element use) {
        String href = use.getAttributeNS(XLINK, "href");
        if (href.isEmpty()) {
            href = use.getAttribute("href");
        }
        return href.startsWith("#") ? href.substring(1) : "";
    }

    /** A reference to anything but a part of the drawing itself ({@code #id}) or inline data. */
    private static boolean refersOutside(String attribute, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (attribute.equals("href")) {
            return !value.startsWith("#") && !lower.startsWith("data:");
        }
        return lower.contains("url(") && !lower.matches("(?s).*url\\(\\s*['\"]?#.*");
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    /**
     * A namespace-aware parser that never reads an external DTD or entity: diagram tools write the SVG 1.1
     * DOCTYPE, which must not send the build to the network.
     */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
        }
    }
}
