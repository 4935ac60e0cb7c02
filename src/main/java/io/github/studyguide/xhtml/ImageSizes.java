package io.github.studyguide.xhtml;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes images by their {@code width} and {@code height} attributes, as pandoc reads them ({@code width="40%"},
 * {@code height=3cm}): in {@code %}, {@code px}, {@code em} or {@code cm}, a bare number counting as pixels. The
 * size becomes CSS, which both guides honour and cap at the text width; XHTML's own attributes take pixels and
 * percentages only. A size in any other form is dropped, and the image keeps its natural size.
 */
final class ImageSizes {

    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)[ \\t]*(%|px|em|cm)?");

    private ImageSizes() {
    }

    static void apply(Element body) {
        for (Element image : body.select("img[width], img[height]")) {
            StringBuilder style = new StringBuilder();
            for (String dimension : new String[] {"width", "height"}) {
                String value = image.attr(dimension).strip().toLowerCase(Locale.ROOT);
                image.removeAttr(dimension);
                Matcher length = LENGTH.matcher(value);
                if (length.matches()) {
                    style.append(dimension).append(": ").append(length.group(1))
                            .append(length.group(2) == null ? "px" : length.group(2)).append("; ");
                }
            }
            if (!style.isEmpty()) {
                image.attr("style", style.toString().strip());
            }
        }
    }
}
