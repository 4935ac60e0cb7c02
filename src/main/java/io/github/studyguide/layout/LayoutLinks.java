package io.github.studyguide.layout;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a link a layout file writes ({@code ./guide/reading.md}, {@code Getting%20Started.md}) into a course path. */
final class LayoutLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LayoutLinks() {
    }

    /** Whether a link leads off the course, to a web page. */
    static boolean isRemote(String link) {
        return link.startsWith("//") || SCHEME.matcher(link).find();
    }

    /**
     * The path of {@code link} relative to the source folder, with {@code /} separators.
     *
     * @param folder the folder the link is relative to, relative to the source folder ("" or "src/")
     * @return empty when the link leaves the source folder or is not a path
     */
    static Optional<String> resolve(String folder, String link) {
        String path = link.trim();
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String whole = path.startsWith("/") ? path.substring(1) : folder + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : whole.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static int indexOfAny(String text, char a, char b) {
        int x = text.indexOf(a);
        int y = text.indexOf(b);
        return x < 0 ? y : y < 0 ? x : Math.min(x, y);
    }

    /** A title as it reads without Markdown's inline marks: {@code `init`} reads "init". */
    static String plainTitle(String markdown) {
        return markdown.replaceAll("[`*]", "").replaceAll("(?<!\\\\)_{1,2}(\\S(?:.*?\\S)?)_{1,2}", "$1")
                .replace("\\", "").trim();
    }
}
