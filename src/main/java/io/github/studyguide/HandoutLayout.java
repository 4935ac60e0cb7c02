package io.github.studyguide;

import java.util.Locale;

/** How many of the guide's pages print on one sheet of the extra handout PDF; {@code 1-up} writes none. */
public enum HandoutLayout {
    ONE_UP("1-up", 1),
    /** Two pages side by side on a landscape sheet. */
    TWO_UP("2-up", 2),
    /** Four pages, two by two, on a portrait sheet. */
    FOUR_UP("4-up", 4);

    private final String label;
    private final int pagesPerSheet;

    HandoutLayout(String label, int pagesPerSheet) {
        this.label = label;
        this.pagesPerSheet = pagesPerSheet;
    }

    public int pagesPerSheet() {
        return pagesPerSheet;
    }

    /** The columns of pages on a sheet: two for 2-up and 4-up. */
    public int columns() {
        return pagesPerSheet == 1 ? 1 : 2;
    }

    public int rows() {
        return pagesPerSheet / columns();
    }

    /** Whether the sheet is turned sideways, so that two portrait pages fit side by side. */
    public boolean landscape() {
        return columns() > rows();
    }

    /**
     * Parses a user's value ({@code 1-up}, {@code 2-up} or {@code 4-up}), case-insensitively; {@code 2up} is
     * accepted too.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static HandoutLayout parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace("up", "").replace("-", "");
        for (HandoutLayout value : values()) {
            if (Integer.toString(value.pagesPerSheet).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown handoutLayout '" + name.trim() + "': use 1-up, 2-up or 4-up.");
    }

    /** The name users write, and the n-up file's suffix without its dash: {@code 4-up}. */
    @Override
    public String toString() {
        return label;
    }
}
