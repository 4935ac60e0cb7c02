package io.github.studyguide.course;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section as lessons name it in front matter: {@code Section-7}, {@code Section-7-ECS} or a plain {@code 7}.
 * The number orders sections (numerically, so Section-2 comes before Section-10); the slug after it can name the
 * section when no section page does.
 *
 * @param number the section number
 * @param slug the text after the number ({@code ECS} in {@code Section-7-ECS}), or empty
 */
public record SectionName(int number, String slug) {

    private static final Pattern FORM = Pattern.compile("(?i)(?:section[-_ ]?)?0*(\\d{1,9})(?:[-_ ]+(.*))?");

    /** Parses a section name; empty when it does not start with a number or {@code Section-<number>}. */
    public static Optional<SectionName> parse(String text) {
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String slug = matcher.group(2) == null ? "" : matcher.group(2).trim();
        return Optional.of(new SectionName(Integer.parseInt(matcher.group(1)), slug));
    }

    /** The title the slug gives, with dashes and underscores read as spaces: {@code Elastic-Beanstalk} gives "Elastic Beanstalk". */
    public Optional<String> slugTitle() {
        String title = slug.replaceAll("[-_]+", " ").trim();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
}
