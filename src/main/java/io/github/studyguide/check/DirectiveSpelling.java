package io.github.studyguide.check;

import io.github.studyguide.render.CourseRenderer;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognizes HTML comments that were probably meant as the {@code pagebreak} directive but are spelled otherwise,
 * such as {@code pagewidth}, {@code page-break} or {@code pagebrake}. Ordinary comments (several words, notes to
 * co-authors) are left alone.
 */
final class DirectiveSpelling {

    static final String PAGE_BREAK = CourseRenderer.PAGE_BREAK_DIRECTIVE;

    private DirectiveSpelling() {
    }

    /** The directive the comment probably meant, or empty when it is a directive already or no directive at all. */
    static Optional<String> suggestionFor(String comment) {
        String text = comment.trim().toLowerCase(Locale.ROOT);
        if (text.equals(PAGE_BREAK) || text.isEmpty() || text.length() > 24) {
            return Optional.empty();
        }
        String squeezed = text.replaceAll("[\\s_-]+", "");
        if (!squeezed.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        boolean close = squeezed.startsWith("page") || squeezed.endsWith("break")
                || distance(squeezed, PAGE_BREAK) <= 2;
        return close ? Optional.of(PAGE_BREAK) : Optional.empty();
    }

    /** Levenshtein distance; both strings are short. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
