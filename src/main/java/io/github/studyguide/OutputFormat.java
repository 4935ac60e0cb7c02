package io.github.studyguide;

import java.util.Locale;

/**
 * The kinds of file the plugin writes, each named as the user writes it in {@code formats}: the two guides, and the
 * flashcards for Anki.
 */
public enum OutputFormat {
    PDF("pdf"),
    EPUB("epub"),
    /** Anki's text import format, {@code <finalName>-flashcards.txt}. */
    FLASHCARDS("txt");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The file's extension, which doubles as its Maven artifact type. */
    public String extension() {
        return extension;
    }

    /** The file's name: {@code <finalName>.pdf}, {@code <finalName>.epub}, {@code <finalName>-flashcards.txt}. */
    public String fileName(String finalName) {
        return this == FLASHCARDS ? finalName + "-flashcards." + extension : finalName + "." + extension;
    }

    /** The format as {@code formats} names it: {@code pdf}, {@code epub}, {@code flashcards}. */
    public String userName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a user's format name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static OutputFormat parse(String name) {
        for (OutputFormat format : values()) {
            if (format.userName().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + name.trim() + "': use pdf, epub, flashcards, or several"
                + " separated by commas (pdf,epub).");
    }
}
