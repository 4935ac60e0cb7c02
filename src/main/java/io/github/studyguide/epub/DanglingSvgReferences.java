package io.github.studyguide.epub;

import io.github.studyguide.internal.SafeXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of an SVG drawing its references to ids it does not have: a {@code fill="url(#grid)"} left behind when
 * an editor dropped the pattern, an {@code xlink:href="#gone"}. Browsers and Batik draw such a drawing as if the
 * reference were {@code none}, but EPUBCheck rejects the EPUB (RSC-012, "Fragment identifier is not defined"). So a
 * {@code url(#gone)} becomes its fallback colour when it has one and {@code none} otherwise, and an {@code href} to
 * nothing is removed: the drawing looks the same. A drawing without such references, or one that does not parse, is
 * kept byte for byte.
 */
final class DanglingSvgReferences {

    /** {@code url(#id)}, with the colour that may follow it as the fallback paint ({@code #fff}, {@code red}). */
    private static final Pattern URL = Pattern.compile(
            "url\\(\\s*['\"]?#([^'\")\\s]+)['\"]?\\s*\\)(\\s+(?:#[0-9A-Fa-f]{3,8}|[A-Za-z]+(?:\\([^)]*\\))?))?");
    /** What every drawing with a reference to an id holds; others are not parsed. */
    private static final Pattern ANY_REFERENCE = Pattern.compile("url\\(|href\\s*=\\s*['\"]#");

    private DanglingSvgReferences() {
    }

    static byte[] removeFrom(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        if (!ANY_REFERENCE.matcher(text).find()) {
            return svg;
        }
        try {
            Document document = SafeXml.parser().parse(new ByteArrayInputStream(svg));
            Set<String> ids = new HashSet<>();
            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                String id = ((Element) all.item(i)).getAttribute("id");
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
            boolean changed = false;
            for (int i = 0; i < all.getLength(); i++) {
                changed |= clean((Element) all.item(i), ids);
            }
            return changed ? SafeXml.bytes(document) : svg;
        } catch (SAXException | IOException e) {
            return svg;
        }
    }

    /** Cleans one element's attributes and, for {@code <style>}, its text; says whether anything changed. */
    private static boolean clean(Element element, Set<String> ids) {
        boolean changed = false;
        List<Attr> danglingLinks = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
            Attr attribute = (Attr) attributes.item(a);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            String value = attribute.getValue().trim();
            if (name.equals("href") && value.startsWith("#") && !ids.contains(value.substring(1))) {
                danglingLinks.add(attribute);
            } else if (value.contains("url(")) {
                String cleaned = withoutDanglingUrls(attribute.getValue(), ids);
                if (!cleaned.equals(attribute.getValue())) {
                    attribute.setValue(cleaned);
                    changed = true;
                }
            }
        }
        danglingLinks.forEach(element::removeAttributeNode);
        if ("style".equals(element.getLocalName()) && element.getTextContent().contains("url(")) {
            String cleaned = withoutDanglingUrls(element.getTextContent(), ids);
            if (!cleaned.equals(element.getTextContent())) {
                element.setTextContent(cleaned);
                changed = true;
            }
        }
        return changed || !danglingLinks.isEmpty();
    }

    static String withoutDanglingUrls(String value, Set<String> ids) {
        Matcher url = URL.matcher(value);
        StringBuilder cleaned = new StringBuilder();
        while (url.find()) {
            if (ids.contains(url.group(1))) {
                url.appendReplacement(cleaned, Matcher.quoteReplacement(url.group()));
            } else {
                String fallback = url.group(2) == null ? "none" : url.group(2).strip();
                url.appendReplacement(cleaned, Matcher.quoteReplacement(fallback));
            }
        }
        url.appendTail(cleaned);
        return cleaned.toString();
    }

}
