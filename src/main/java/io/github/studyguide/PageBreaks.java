package io.github.studyguide;

import java.util.Locale;

/** Whether the PDF starts a new page at each {@code <!-- pagebreak -->} the author wrote. */
public enum PageBreaks {
    /** Every page break is honoured, as a slide deck would be printed. */
    SLIDES,
    /**
     * Page breaks are ignored, to save paper; lessons, sections and appendices still start on a new page, and
     * headings, code blocks and quiz questions are still kept together.
     */
    COMPACT;

    /**
     * Parses a user's value ({@code slides} or {@code compact}), case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static PageBreaks parse(String name) {
        for (PageBreaks value : values()) {
            if (value.toString().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown pageBreaks '" + name.trim() + "': use slides or compact.");
    }

    /** The name users write: {@code compact}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
