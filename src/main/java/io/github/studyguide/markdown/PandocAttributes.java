package io.github.studyguide.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribute set as pandoc writes it, {@code {#id .class key=value key="a value"}}, or the single bare word that
 * pandoc also accepts after a fence ({@code ::: note}, {@code ```python}). Parsed leniently: pieces that fit none
 * of the three forms are skipped, since an attribute the guides do not use is dropped anyway.
 *
 * @param id the {@code #id}, or empty
 * @param classes the classes in order, without their dots
 * @param values the {@code key=value} pairs in order, quotes removed
 */
public record PandocAttributes(String id, List<String> classes, Map<String, String> values) {

    private static final Pattern WORD = Pattern.compile("[\\w][\\w.:-]*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PIECE = Pattern.compile(
            "#([^\\s}]+)|\\.([^\\s}]+)|([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s}]+))|(\\S+)",
            Pattern.UNICODE_CHARACTER_CLASS);

    public PandocAttributes {
        classes = List.copyOf(classes);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Reads a bare word or a braced set; empty when the text is neither (an empty {@code {}} counts as a set).
     *
     * @param text the text after a fence, trimmed or not
     */
    public static Optional<PandocAttributes> parse(String text) {
        String trimmed = text.strip();
        if (WORD.matcher(trimmed).matches()) {
            return Optional.of(new PandocAttributes("", List.of(trimmed), Map.of()));
        }
        if (trimmed.length() < 2 || trimmed.charAt(0) != '{' || trimmed.charAt(trimmed.length() - 1) != '}') {
            return Optional.empty();
        }
        String id = "";
        List<String> classes = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Matcher piece = PIECE.matcher(trimmed.substring(1, trimmed.length() - 1));
        while (piece.find()) {
            if (piece.group(1) != null) {
                id = piece.group(1);
            } else if (piece.group(2) != null) {
                classes.add(piece.group(2));
            } else if (piece.group(3) != null) {
                String value = piece.group(4) != null ? piece.group(4)
                        : piece.group(5) != null ? piece.group(5) : piece.group(6);
                values.put(piece.group(3), value);
            }
        }
        return Optional.of(new PandocAttributes(id, classes, values));
    }
}
