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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames the ids of an SVG drawing that are not XML names, and the references to them. OpenOffice writes ids such
 * as {@code bullet-char-template(57356)}: browsers and Batik draw the drawing, but EPUBCheck rejects the EPUB
 * (RSC-005, "must be an XML name without colons"). Each such id becomes an XML name (every other character an
 * underscore, one in front if it begins with none of a name's first characters, a number after it if that is
 * taken), and so does every {@code href="#id"} and {@code url(#id)} naming it: the drawing looks the same. A
 * drawing whose ids are all names, or one that does not parse, is kept byte for byte.
 */
final class SvgIds {

    private static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}\\p{M}._\\-]*");
    private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}\\p{M}._\\-]");
    private static final Pattern ANY_ID = Pattern.compile("\\bid\\s*=\\s*(['\"])(.*?)\\1");
    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)#([^'\")]+?)\\1\\s*\\)");

    private SvgIds() {
    }

    static byte[] renameInvalid(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        Matcher ids = ANY_ID.matcher(text);
        boolean invalid = false;
        while (ids.find() && !invalid) {
            invalid = !XML_NAME.matcher(ids.group(2)).matches();
        }
        if (!invalid) {
            return svg;
        }
        try {
            Document document = SafeXml.parser().parse(new ByteArrayInputStream(svg));
            NodeList all = document.getElementsByTagNameNS("*", "*");
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < all.getLength(); i++) {
                taken.add(((Element) all.item(i)).getAttribute("id"));
            }
            Map<String, String> renamed = new HashMap<>();
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                String id = element.getAttribute("id");
                if (!id.isEmpty() && !XML_NAME.matcher(id).matches()) {
                    String name = renamed.computeIfAbsent(id, old -> freeName(old, taken));
                    element.setAttribute("id", name);
                }
            }
            if (renamed.isEmpty()) {
                return svg;
            }
            for (int i = 0; i < all.getLength(); i++) {
                rewriteReferences((Element) all.item(i), renamed);
            }
            return SafeXml.bytes(document);
        } catch (SAXException | IOException e) {
            return svg;
        }
    }

    private static String freeName(String id, Set<String> taken) {
        String base = NOT_NAME_CHARACTER.matcher(id).replaceAll("_");
        if (!XML_NAME.matcher(base).matches()) {
            base = "_" + base;
        }
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "_" + n;
        }
        taken.add(name);
        return name;
    }

    private static void rewriteReferences(Element element, Map<String, String> renamed) {
        NamedNodeMap attributes = element.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
            Attr attribute = (Attr) attributes.item(a);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            String value = attribute.getValue();
            if (name.equals("href") && value.strip().startsWith("#") && renamed.containsKey(value.strip().substring(1))) {
                attribute.setValue("#" + renamed.get(value.strip().substring(1)));
            } else if (value.contains("url(")) {
                attribute.setValue(withRenamedUrls(value, renamed));
            }
        }
        if ("style".equals(element.getLocalName()) && element.getTextContent().contains("url(")) {
            element.setTextContent(withRenamedUrls(element.getTextContent(), renamed));
        }
    }

    private static String withRenamedUrls(String value, Map<String, String> renamed) {
        Matcher url = URL.matcher(value);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            String id = url.group(2);
            url.appendReplacement(out, Matcher.quoteReplacement(renamed.containsKey(id) ? "url(#" + renamed.get(id) + ")"
                    : url.group()));
        }
        url.appendTail(out);
        return out.toString();
    }
}
