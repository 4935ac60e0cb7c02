package io.github.studyguide;

import java.util.Locale;

/** Paper sizes for the PDF, named as CSS {@code @page size} names them. */
public enum PageSize {
    A4("A4", "210mm"),
    LETTER("letter", "8.5in");

    private final String cssName;
    private final String width;

    PageSize(String cssName, String width) {
        this.cssName = cssName;
        this.width = width;
    }

    /** The paper's width as a CSS length, for what fills the page (the cover). */
    public String cssWidth() {
        return width;
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
