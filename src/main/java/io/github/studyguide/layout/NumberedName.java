package io.github.studyguide.layout;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file or folder name that starts with a number, as {@code 03-containers} or {@code 02_ecs.md}: the number orders
 * it (naturally: 2 before 10) and the rest names it. At most three digits, so that the dates Jekyll posts start
 * with ({@code 2024-05-01-intro.md}) are not read as numbers.
 *
 * @param number the number before the name
 * @param slug the rest of the name without extension, possibly empty
 */
record NumberedName(int number, String slug) {

    private static final Pattern FORM = Pattern.compile("0*(\\d{1,3})(?:[-_. ]+(.*))?");

    /** Orders names naturally: by number when both have one, numbered names first, then by name. */
    static final Comparator<String> NATURAL = (a, b) -> {
        Optional<NumberedName> x = parse(a);
        Optional<NumberedName> y = parse(b);
        if (x.isPresent() && y.isPresent() && x.get().number() != y.get().number()) {
            return Integer.compare(x.get().number(), y.get().number());
        }
        if (x.isPresent() != y.isPresent()) {
            return x.isPresent() ? -1 : 1;
        }
        return a.compareTo(b);
    };

    /** Parses one segment of a path (a folder's or a file's name, with or without its extension). */
    static Optional<NumberedName> parse(String name) {
        String base = name.replaceFirst("(?i)\\.(md|markdown)$", "");
        Matcher matcher = FORM.matcher(base);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NumberedName(Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? "" : matcher.group(2)));
    }

    /** The title the slug gives: {@code 03-containers} gives "Containers", {@code 02_ecs_basics} "Ecs basics". */
    Optional<String> title() {
        return titleOf(slug);
    }

    /** A title from a slug: dashes and underscores read as spaces, the first letter upper case. */
    static Optional<String> titleOf(String slug) {
        String words = slug.replaceAll("[-_]+", " ").trim().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
    }
}
