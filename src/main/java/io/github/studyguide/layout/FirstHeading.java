package io.github.studyguide.layout;

import io.github.studyguide.course.HeadingSlugs;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a lesson without a front matter {@code title} gives itself: its first ATX heading ({@code # Title}),
 * outside code blocks. When that heading opens the lesson, the guide shows it as the lesson's title, so it is taken
 * out of the body: its line becomes an empty element with the heading's id, so that links to the heading still
 * land there and every later line keeps its number.
 *
 * @param text the heading's text, without its marks and any {@code {#id}}
 * @param body the body, without the heading when it opened the lesson
 */
record FirstHeading(String text, String body) {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[^}]*\\}\\s*$");

    private static final Pattern EXPLICIT_ID = Pattern.compile("\\{[^}]*?#([^\\s}]+)[^}]*\\}\\s*$");

    /**
     * The first heading of {@code body}, if it has one.
     *
     * @param slugs how the course's tool makes the heading's id
     */
    static Optional<FirstHeading> of(String body, HeadingSlugs slugs) {
        String[] lines = body.split("\n", -1);
        String fence = null;
        boolean content = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            Matcher opening = FENCE.matcher(line);
            if (fence != null) {
                if (opening.find() && opening.group(1).charAt(0) == fence.charAt(0)
                        && opening.group(1).length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (opening.find()) {
                fence = opening.group(1);
                content = true;
                continue;
            }
            Matcher heading = ATX.matcher(line);
            if (heading.matches()) {
                String text = LayoutLinks.plainTitle(ATTRIBUTES.matcher(heading.group(2)).replaceFirst(""))
                        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
                if (text.isEmpty()) {
                    continue;
                }
                if (content || heading.group(1).length() != 1) {
                    return Optional.of(new FirstHeading(text, body));
                }
                Matcher explicit = EXPLICIT_ID.matcher(heading.group(2));
                String id = explicit.find() ? explicit.group(1) : slugs.id(text, Set.of());
                lines[i] = "<div id=\"" + id.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                        + "\"></div>";
                return Optional.of(new FirstHeading(text, String.join("\n", lines)));
            }
            if (!line.isBlank() && !line.trim().startsWith("<!--")) {
                content = true;
            }
        }
        return Optional.empty();
    }
}
