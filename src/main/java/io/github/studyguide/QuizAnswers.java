package io.github.studyguide;

import java.util.Locale;

/** Where a quiz's answers and explanations go. */
public enum QuizAnswers {
    /** An "Answer Key" after the last lesson of each section that has a quiz. */
    SECTION_END,
    /** One "Answer Key" appendix at the end of the guide. */
    BOOK_END,
    /** Where the author wrote them, under each option. */
    INLINE;

    /**
     * Parses a user's value ({@code section-end}, {@code book-end} or {@code inline}), case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static QuizAnswers parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (QuizAnswers value : values()) {
            if (value.toString().equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown quizAnswers '" + name.trim() + "': use section-end, book-end or inline.");
    }

    /** The name users write: {@code section-end}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
