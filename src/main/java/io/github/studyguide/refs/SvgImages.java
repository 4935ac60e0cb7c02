package io.github.studyguide.refs;

import io.github.studyguide.internal.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an SVG image can go into the guides as it is. An SVG is a document that can refer to other files
 * and run scripts: the PDF renderer refuses to fetch anything (and drops, or with some references fails on, the
 * whole drawing), and an e-reader would try. So an SVG that refers to anything outside itself, runs a script or
 * embeds HTML is reported, and so is one that Batik, which draws SVG in the PDF, fails on ({@link SvgDrawingTrial});
 * the guides show its alt text instead. Self-contained drawings, as diagram tools export them, pass.
 */
public final class SvgImages {

    /** Elements whose references are not drawn: links, and animations (which name what they animate). */
    private static final Set<String> NOT_DRAWING = Set.of("a", "animate", "animatemotion", "animatetransform",
            "animatecolor", "set", "mpath", "discard");
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(\\s*['\"]?#([^'\")\\s]+)");
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
            document = SafeXml.parser().parse(in);
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
                if (name.equals("image") && attributeName.equals("href")
                        && value.toLowerCase(Locale.ROOT).startsWith("data:")) {
                    // openhtmltopdf's secure mode refuses data: URIs as it refuses files, and when allowed it leaves
                    // the whole drawing blank for some bitmaps (with transparency, or base64 broken into lines).
                    return Optional.of("embeds a bitmap in a data: URI, which the PDF's SVG renderer does not draw;"
                            + " save the drawing as PNG, or save the bitmap as a file of its own and show it as an"
                            + " image of the lesson");
                }
                if (EventHandlerAttributes.isEventHandler(attribute.getNamespaceURI(), localName(attribute))) {
                    return Optional.of("has a script in its " + attribute.getNodeName() + " attribute; remove it");
                }
                if (refersOutside(attributeName, value)) {
                    return Optional.of("refers to " + value + "; the build reads nothing outside the drawing, so embed"
                            + " it or remove the reference");
                }
            }
        }
        Optional<String> loop = referenceLoop(all).map(id -> "has a reference loop: drawing \"#" + id + "\" refers"
                + " back to itself (through href or url(#...), directly or through other elements), and the PDF"
                + " renderer would follow the loop until it crashed; remove the reference that closes it");
        // Last, and only for a drawing that passed the rest: Batik follows loops until it crashes, and is the
        // slowest check.
        return loop.isPresent() ? loop : SvgDrawingTrial.problem(document);
    }

    /**
     * The id of an element whose drawing refers back to it: a {@code <use>} inside the group it draws, a pattern
     * filled with itself, a marker or clip path that applies itself, a filter whose image is the element it
     * filters. Batik, which draws SVG in the PDF, follows such a loop until the stack overflows, which killed the
     * build without naming the file. An element refers to what its {@code href} or a {@code url(#...)} in any
     * attribute names, and draws what the elements inside it refer to; links ({@code <a>}) and animations are not
     * drawing. Searched without recursion, so that a long chain cannot overflow the stack here either.
     */
    private static Optional<String> referenceLoop(NodeList all) {
        Map<String, Element> byId = new HashMap<>();
        Map<Node, Set<String>> references = new HashMap<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!element.getAttribute("id").isEmpty()) {
                byId.putIfAbsent(element.getAttribute("id"), element);
            }
            // Read once: nested groups with ids would otherwise read an element once per group around it.
            references.put(element, references(element));
        }
        Map<String, Set<String>> drawsFrom = new HashMap<>();
        byId.forEach((id, element) -> {
            Set<String> targets = new HashSet<>(references.get(element));
            NodeList inside = element.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < inside.getLength(); i++) {
                targets.addAll(references.get(inside.item(i)));
            }
            targets.retainAll(byId.keySet());
            drawsFrom.put(id, targets);
        });
        for (String start : drawsFrom.keySet().stream().sorted().toList()) {
            Deque<String> pending = new ArrayDeque<>(drawsFrom.get(start));
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                String next = pending.pop();
                if (next.equals(start)) {
                    return Optional.of(start);
                }
                if (seen.add(next)) {
                    pending.addAll(drawsFrom.get(next));
                }
            }
        }
        return Optional.empty();
    }

    /** The ids an element refers to for drawing: its {@code href} and every {@code url(#id)} in its attributes. */
    private static Set<String> references(Element element) {
        if (NOT_DRAWING.contains(localName(element).toLowerCase(Locale.ROOT))) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
            Node attribute = attributes.item(a);
            String value = attribute.getNodeValue().trim();
            if (localName(attribute).equals("href") && value.startsWith("#")) {
                ids.add(value.substring(1));
            }
            Matcher url = URL_REFERENCE.matcher(value);
            while (url.find()) {
                ids.add(url.group(1));
            }
        }
        return ids;
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

}
