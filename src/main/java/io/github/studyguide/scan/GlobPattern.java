package io.github.studyguide.scan;

import java.util.regex.Pattern;

/**
 * An Ant-style glob as Maven users write them in {@code <includes>}: {@code *} stays within one folder,
 * {@code **} spans folders, and {@code **}{@code /} also matches no folder at all, so {@code **}{@code /*.md}
 * matches {@code intro.md} as well as {@code _posts/intro.md}. {@link java.nio.file.PathMatcher} differs on that
 * last point, which is why this class exists.
 */
final class GlobPattern {

    private final String glob;
    private final Pattern regex;

    private GlobPattern(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    static GlobPattern compile(String glob) {
        String normalized = glob.trim().replace('\\', '/');
        if (normalized.endsWith("/")) {
            normalized += "**"; // Ant: a trailing slash means everything below the folder
        }
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        return new GlobPattern(glob, Pattern.compile(toRegex(normalized)));
    }

    /** Matches a path relative to the scanned folder, with {@code /} separators. */
    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:[^/]*/)*");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return glob;
    }
}
