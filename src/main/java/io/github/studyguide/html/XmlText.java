package io.github.studyguide.html;

/** Escapes text for XHTML and XML written as strings by the writers, which embed rendered fragments verbatim. */
public final class XmlText {

    private XmlText() {
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
