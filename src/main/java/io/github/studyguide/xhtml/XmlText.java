package io.github.studyguide.xhtml;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
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

    /**
     * What {@code pattern.matcher(text).replaceAll(replacement)} gives, with each replacement taken literally, for a
     * pattern whose every match starts with {@code prefix}. Only the places where the prefix occurs are tried: the
     * matcher's own scan tries the whole pattern at every character, and took a quarter of a second on the XHTML of
     * a hundred lessons.
     */
    public static String replaceAll(String text, String prefix, Pattern pattern,
            Function<MatchResult, String> replacement) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        int at = text.indexOf(prefix);
        while (at >= 0) {
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 256);
                }
                out.append(text, copied, at).append(replacement.apply(matcher.toMatchResult()));
                copied = matcher.end();
                at = text.indexOf(prefix, Math.max(copied, at + 1));
            } else {
                at = text.indexOf(prefix, at + 1);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
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

    /**
     * The text an attribute value stands for: the predefined entities and numeric character references resolved.
     * A {@code file:} URI of a folder named {@code R&D} reaches the writers as {@code R&amp;D}.
     */
    public static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int end = c == '&' ? value.indexOf(';', i) : -1;
            String resolved = end < 0 ? null : entity(value.substring(i + 1, end));
            if (resolved == null) {
                out.append(c);
                i++;
            } else {
                out.append(resolved);
                i = end + 1;
            }
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        return Character.toString(Integer.parseInt(name.substring(2), 16));
                    }
                    if (name.startsWith("#")) {
                        return Character.toString(Integer.parseInt(name.substring(1)));
                    }
                } catch (IllegalArgumentException e) {
                    return null; // not a character reference: left as written
                }
                return null;
        }
    }
}
