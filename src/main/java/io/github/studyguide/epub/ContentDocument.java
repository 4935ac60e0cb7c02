package io.github.studyguide.epub;

import io.github.studyguide.i18n.TextDirection;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * An EPUB 3 content document: HTML5 in its XML syntax, with the guide's language on the root element in both the
 * HTML and the XML attribute, since reading systems and screen readers read one or the other.
 */
final class ContentDocument {

    private ContentDocument() {
    }

    /**
     * @param language the BCP 47 language tag of the text; a right-to-left language sets the direction too
     * @param title the document's title, which reading systems and screen readers announce
     * @param stylesheetHref the style sheet, relative to the document
     * @param bodyXhtml the body's content, well-formed
     */
    static String of(String language, String title, String stylesheetHref, String bodyXhtml) {
        String lang = escape(language);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\""
                + lang + "\" xml:lang=\"" + lang + "\"" + (TextDirection.isRightToLeft(language) ? " dir=\"rtl\"" : "")
                + ">\n<head>\n<title>" + escape(title)
                + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"" + escape(stylesheetHref)
                + "\"/>\n</head>\n<body>\n" + bodyXhtml + "\n</body>\n</html>\n";
    }
}
