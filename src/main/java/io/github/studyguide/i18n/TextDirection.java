package io.github.studyguide.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which way text runs: right to left for Arabic, Hebrew, Persian and Urdu, or as a lesson's front matter says
 * ({@code dir: rtl} or {@code dir: ltr}). Both guides mark it with the {@code dir} attribute, which aligns and orders
 * paragraphs in the PDF and tells e-readers.
 */
public final class TextDirection {

    /** The front matter key. */
    public static final String KEY = "dir";

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur");

    private TextDirection() {
    }

    /** Whether a guide in this language reads right to left. */
    public static boolean isRightToLeft(String languageTag) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage());
    }

    /** {@code rtl} or {@code ltr}, for a guide's {@code dir} attribute. */
    public static String of(String languageTag) {
        return isRightToLeft(languageTag) ? "rtl" : "ltr";
    }

    /** The direction a lesson's front matter gives, {@code rtl} or {@code ltr}; empty for none or another value. */
    public static Optional<String> parse(Optional<String> frontMatterValue) {
        return frontMatterValue.map(value -> value.trim().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("rtl") || value.equals("ltr"));
    }
}
