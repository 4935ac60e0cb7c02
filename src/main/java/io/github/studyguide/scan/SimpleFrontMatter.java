package io.github.studyguide.scan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front matter that nearly every lesson has, {@code key: value} lines whose values fit on their line, without
 * the YAML parser: setting up snakeyaml-engine for each of a few thousand lessons was the largest part of reading a
 * course. It accepts only what it can read exactly as the parser would, and declines everything else (comments,
 * lists, escapes, unusual characters, repeated keys) so that the parser reads it and reports any problem.
 */
final class SimpleFrontMatter {

    /** Characters YAML accepts in a scalar, less tab, line breaks, the byte order mark and surrogates. */
    private static final String PRINTABLE = "\\x20-\\x7E\\u00A0-\\uD7FF\\uE000-\\uFEFE\\uFF00-\\uFFFD";

    /**
     * A key of at most 100 characters, then a single-quoted value ({@code ''} is a quote), a double-quoted value
     * without escapes, or a plain value of letters, digits and a few punctuation marks that mean nothing to YAML in a
     * block. YAML lets a plain value end in tabs but not a quoted one.
     */
    private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,99}):[ ]+(?:"
            + "'((?:[" + PRINTABLE + "&&[^']]|'')*)'[ ]*"
            + "|\"([" + PRINTABLE + "&&[^\"\\\\]]*)\"[ ]*"
            + "|([A-Za-z0-9][A-Za-z0-9 ._/()+,-]*?)[ \\t]*)\\r?");

    /** Beyond this, the parser's own limit on front matter's size applies. */
    private static final int MAX_LENGTH = 8 * 1024;

    private SimpleFrontMatter() {
    }

    /**
     * @param yaml the text between the front matter's opening and closing lines, which start on line 2 of the file
     * @return each key with its value and line, or empty if the YAML parser must read it
     */
    static Optional<Map<String, FrontMatter.Value>> read(String yaml) {
        if (yaml.isEmpty() || yaml.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Map<String, FrontMatter.Value> values = new LinkedHashMap<>();
        Matcher line = LINE.matcher(yaml);
        int start = 0;
        for (int number = 2; start < yaml.length(); number++) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) {
                end = yaml.length();
            }
            if (!line.region(start, end).matches()) {
                return Optional.empty();
            }
            String key = line.group(1);
            String value = line.group(2) != null ? line.group(2).replace("''", "'")
                    : line.group(3) != null ? line.group(3) : line.group(4);
            if (values.putIfAbsent(key, new FrontMatter.Value(value, number)) != null) {
                return Optional.empty();
            }
            start = end + 1;
        }
        return Optional.of(values);
    }
}
