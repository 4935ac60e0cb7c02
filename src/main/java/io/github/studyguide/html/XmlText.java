package io.github.studyguide.html;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text for XHTML and XML written as strings by the writers, which embed rendered fragments verbatim, and
 * reads what they need back from such fragments.
 */
public final class XmlText {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    private XmlText() {
    }

    /** Every id in a fragment that this plugin serialized (double-quoted attributes). */
    public static Set<String> ids(String xhtml) {
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(xhtml);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    /** Escapes text for use in element content and in double-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
