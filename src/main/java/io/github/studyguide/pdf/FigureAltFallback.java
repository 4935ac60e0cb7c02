package io.github.studyguide.pdf;

import io.github.studyguide.xhtml.XmlText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives an image without alt text its file name as alt text, in a tagged (PDF/UA) part only. openhtmltopdf tags
 * every image as a {@code Figure}, and PDF/UA-1 (rule 7.3-1) fails a guide with a {@code Figure} that has no
 * alternative description; the file name is what the author left to go by, and the checks have already warned
 * that the image needs a real description. The EPUB keeps the empty alt text, so that it does not claim that
 * every image has a text alternative.
 */
final class FigureAltFallback {

    /** An image element as jsoup writes it: double quotes, {@code src} before {@code alt}. */
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");
    private static final Pattern SOURCE = Pattern.compile("\\ssrc=\"([^\"]*)\"");
    private static final Pattern ALT = Pattern.compile("\\salt=\"([^\"]*)\"");

    private FigureAltFallback() {
    }

    static String fill(String html) {
        if (!html.contains("<img")) {
            return html;
        }
        return XmlText.replaceAll(html, "<img", IMAGE, match -> withAlt(match.group()));
    }

    private static String withAlt(String image) {
        Matcher alt = ALT.matcher(image);
        boolean hasAlt = alt.find();
        if (hasAlt && !XmlText.unescape(alt.group(1)).isBlank()) {
            return image;
        }
        Matcher source = SOURCE.matcher(image);
        String name = source.find() ? fileName(XmlText.unescape(source.group(1))) : "";
        String text = " alt=\"" + XmlText.escape(name.isEmpty() ? "image" : name) + "\"";
        if (hasAlt) {
            return image.substring(0, alt.start()) + text + image.substring(alt.end());
        }
        int end = image.endsWith("/>") ? image.length() - 2 : image.length() - 1;
        return image.substring(0, end) + text + image.substring(end);
    }

    /** The last part of a URI's path, or empty for a {@code data:} URI, which has no name. */
    private static String fileName(String uri) {
        if (uri.startsWith("data:")) {
            return "";
        }
        String path = uri.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
