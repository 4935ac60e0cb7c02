package io.github.studyguide;

import java.util.Locale;

/** Paper sizes for the PDF, named as CSS {@code @page size} names them. */
public enum PageSize {
    A4("A4"),
    LETTER("letter");

    private final String cssName;

    PageSize(String cssName) {
        this.cssName = cssName;
    }

    public String cssName() {
        return cssName;
    }

    /**
     * Parses a user's page size name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static PageSize parse(String name) {
        for (PageSize size : values()) {
            if (size.name().equalsIgnoreCase(name.trim())) {
                return size;
            }
        }
        throw new IllegalArgumentException("Unknown pageSize '" + name.trim() + "': use A4 or Letter.");
    }

    @Override
    public String toString() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
