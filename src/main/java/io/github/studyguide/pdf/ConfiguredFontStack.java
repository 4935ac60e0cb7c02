package io.github.studyguide.pdf;

import io.github.studyguide.internal.ConfiguredFont;
import io.github.studyguide.internal.ConfiguredFonts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stylesheet rules that add the author's fonts behind the shipped ones. openhtmltopdf draws each character with
 * the first family of the list that has it, so the order of the list is the order fonts are tried in: text tries
 * DejaVu Sans, then {@code fonts}; code tries DejaVu Sans Mono, then {@code codeFonts}, then the text's list. The
 * shipped fonts come first so that adding a font for Japanese leaves English text as it was, bold and italic
 * included, which a CJK font's few Latin glyphs would not. Without configured fonts there are no rules, and the
 * guide is what it was.
 */
final class ConfiguredFontStack {

    /** What the shipped stylesheet sets in a monospaced font. */
    private static final String CODE_ELEMENTS = "pre, code, kbd, samp, tt";

    private ConfiguredFontStack() {
    }

    static String css(ConfiguredFonts fonts) {
        if (fonts.isEmpty()) {
            return "";
        }
        String text = families(fonts.text());
        String code = families(fonts.code());
        String textStack = quoted(GuideFonts.SANS) + text;
        return "html { font-family: " + textStack + "; }\n"
                + CODE_ELEMENTS + " { font-family: " + quoted(GuideFonts.MONO) + code + ", " + textStack + "; }\n";
    }

    /** The faces' families, each once, in the author's order, each after a comma. */
    private static String families(List<ConfiguredFont> faces) {
        Set<String> families = new LinkedHashSet<>();
        faces.forEach(face -> families.add(face.family()));
        StringBuilder list = new StringBuilder();
        families.forEach(family -> list.append(", ").append(quoted(family)));
        return list.toString();
    }

    private static String quoted(String family) {
        // ConfiguredFonts keeps only letters, digits, spaces, hyphens and underscores in a family name.
        return "\"" + family + "\"";
    }
}
