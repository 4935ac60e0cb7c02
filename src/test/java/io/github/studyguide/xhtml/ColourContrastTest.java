package io.github.studyguide.xhtml;

import io.github.studyguide.internal.Resources;
import io.github.studyguide.xhtml.SharedStyles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text colour of both guides' style sheets meets WCAG 2.2 AA contrast (4.5:1, the bar for normal-size text)
 * against every background colour they use and against white, the page and the e-reader's default. Checking every
 * pair, not only the pairs that meet in a rule, is stricter than WCAG, and catches a colour that a later rule puts
 * on a new background (as code comments on the code block's grey were, at 4.41:1, the violation DAISY Ace found).
 */
class ColourContrastTest {

    private static final List<String> STYLE_SHEETS = List.of(
            Resources.text(io.github.studyguide.pdf.PdfGuideWriter.class, "guide.css"),
            Resources.text(io.github.studyguide.epub.EpubGuideWriter.class, "guide.css"),
            SharedStyles.CSS);
    /** A text colour: {@code color}, not part of a longer property such as {@code background-color}. */
    private static final Pattern FOREGROUND = Pattern.compile("(?<![-\\w])color:\\s*(#[0-9a-fA-F]{6})\\b");
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?:\\s*(#[0-9a-fA-F]{6})\\b");
    private static final Pattern ANY_COLOUR = Pattern.compile("(?<![-\\w])color:\\s*([^;}\\s]+)");

    @Test
    void everyTextColourMeetsAaContrastOnEveryBackground() {
        TreeSet<String> foregrounds = colours(FOREGROUND);
        TreeSet<String> backgrounds = colours(BACKGROUND);
        backgrounds.add("#ffffff");
        assertTrue(foregrounds.size() >= 10 && backgrounds.size() >= 4,
                "the style sheets' colours were found: " + foregrounds + " on " + backgrounds);
        List<String> failures = new ArrayList<>();
        for (String foreground : foregrounds) {
            for (String background : backgrounds) {
                double ratio = contrast(foreground, background);
                if (ratio < 4.5) {
                    failures.add(String.format(Locale.ROOT, "%s on %s: %.2f:1", foreground, background, ratio));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** A colour written otherwise (a name, rgb(), three digits) would escape the check above. */
    @Test
    void everyTextColourIsWrittenAsSixHexDigits() {
        List<String> others = new ArrayList<>();
        for (String css : STYLE_SHEETS) {
            Matcher colour = ANY_COLOUR.matcher(css);
            while (colour.find()) {
                if (!colour.group(1).matches("#[0-9a-fA-F]{6}|transparent|inherit")) {
                    others.add(colour.group());
                }
            }
        }
        assertEquals(List.of(), others);
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.001);
        // #777777 on white is the well-known near miss: 4.48:1.
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.005);
        assertEquals(contrast("#6a737d", "#f4f5f7"), contrast("#f4f5f7", "#6a737d"), 1e-9);
        assertTrue(contrast("#6a737d", "#f4f5f7") < 4.5, "the colour Ace found too light is found too light");
    }

    private static TreeSet<String> colours(Pattern pattern) {
        TreeSet<String> colours = new TreeSet<>();
        for (String css : STYLE_SHEETS) {
            Matcher colour = pattern.matcher(css);
            while (colour.find()) {
                colours.add(colour.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return colours;
    }

    /** WCAG 2.2's contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter first. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
