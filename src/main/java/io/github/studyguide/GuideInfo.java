package io.github.studyguide;

import io.github.studyguide.i18n.Labels;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the writers print about the guide itself: on the title page, in PDF metadata and in the EPUB package.
 *
 * @param title the guide's title
 * @param author the author, if known
 * @param version the project version, if any
 * @param language a BCP 47 language tag
 * @param identifier a URN that stays the same across builds of the same project
 * @param date the date the guide carries: the reproducible build timestamp when set, else the build's start
 * @param labels the words the writers print themselves ("Contents", "Version"), in the guide's language
 */
public record GuideInfo(String title, Optional<String> author, Optional<String> version, String language,
        String identifier, Instant date, Labels labels) {

    /** Guide information with the labels of {@code language}'s bundle (English when there is none). */
    public GuideInfo(String title, Optional<String> author, Optional<String> version, String language,
            String identifier, Instant date) {
        this(title, author, version, language, identifier, date, Labels.of(language, Map.of(), new ArrayList<>()));
    }

    public static GuideInfo of(GuideConfig config, Instant buildStart, Labels labels) {
        return new GuideInfo(config.title(), config.author(), config.version(), config.language(),
                config.identifier(), config.outputTimestamp().orElse(buildStart), labels);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The date as a reader expects it in the guide's language, e.g. "27 November 2026"; always in UTC so it does not depend on the machine. */
    public String displayDate() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).withZone(ZoneOffset.UTC).format(date);
    }
}
