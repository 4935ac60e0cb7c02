package io.github.studyguide;

import java.util.Locale;

/** The kinds of guide the plugin writes. The name doubles as file extension and Maven artifact type. */
public enum OutputFormat {
    PDF,
    EPUB;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a user's format name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static OutputFormat parse(String name) {
        for (OutputFormat format : values()) {
            if (format.extension().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + name.trim() + "': use pdf, epub or both (pdf,epub).");
    }
}
