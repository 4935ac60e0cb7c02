package io.github.studyguide.scan;

import java.util.Map;
import java.util.Optional;

/**
 * The YAML block at the very start of a lesson, reduced to what the guide needs: each top-level key with its scalar
 * text and the line it stands on, so that a problem with a value can point at that line.
 *
 * @param values top-level keys with their values; keys whose value is a list or map have a {@code null} text
 * @param firstLine the line of the opening {@code ---}
 * @param bodyLine the first line after the closing {@code ---}
 */
public record FrontMatter(Map<String, Value> values, int firstLine, int bodyLine) {

    /**
     * One top-level value.
     *
     * @param text the scalar as written (quotes removed, escapes resolved), or {@code null} for a list or a map
     * @param line the 1-based line of the key in the file
     */
    public record Value(String text, int line) {
    }

    public FrontMatter {
        values = Map.copyOf(values);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The trimmed text of a scalar key, empty when missing, blank or not a scalar. */
    public Optional<String> text(String key) {
        Value value = values.get(key);
        if (value == null || value.text() == null || value.text().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.text().trim());
    }

    /** Whether a key says {@code true} (in any case), as {@code quiz: true} does. */
    public boolean isTrue(String key) {
        return text(key).map(value -> value.equalsIgnoreCase("true")).orElse(false);
    }

    /** The line of a key, or of the opening {@code ---} when the key is missing (where the author should add it). */
    public int line(String key) {
        Value value = values.get(key);
        return value == null ? firstLine : value.line();
    }
}
