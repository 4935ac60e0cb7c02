package io.github.studyguide.xhtml;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class XmlTextTest {

    /** The two patterns the writers use it for: cross-chunk links in the PDF, {@code ol start} in the EPUB. */
    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*?) href=\"#([^\"]+)\"([^>]*)>");
    private static final Pattern OL_START = Pattern.compile("(<ol\\b[^>]*?)\\s+start=\"[^\"]*\"");

    private static final List<String> PIECES = List.of("<a", "<a ", "<abbr title=\"x\">", " href=\"#", "s1-l2",
            "\"", ">", "</a>", " id=\"k\"", "<ol", " start=\"3\"", " class=\"q\"", "<ol>", "é", "日本", "\n", "<",
            "a", "#", " ", "<a href=\"#t\">", "<a id=\"x\" href=\"#y\">", "<olx start=\"2\">");

    @Test
    void replacesWhatTheMatchersOwnScanReplaces() {
        Random random = new Random(5);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String document = text.toString();
            assertEquals(LINK.matcher(document).replaceAll(match -> Matcher.quoteReplacement("[" + match.group(2)
                    + "|" + match.group(1) + match.group(3) + "]")),
                    XmlText.replaceAll(document, "<a", LINK, match -> "[" + match.group(2) + "|" + match.group(1)
                            + match.group(3) + "]"), document);
            assertEquals(OL_START.matcher(document).replaceAll("$1"),
                    XmlText.replaceAll(document, "<ol", OL_START, match -> match.group(1)), document);
        }
    }

    @Test
    void takesReplacementsLiterallyAndReturnsTheSameTextWhenNothingMatches() {
        assertEquals("see $1 \\ [x]", XmlText.replaceAll("see <a href=\"#x\"> [x]", "<a", LINK, match -> "$1 \\"));
        String untouched = "<abbr>no links here</abbr>";
        assertSame(untouched, XmlText.replaceAll(untouched, "<a", LINK, match -> "never"));
    }

    @Test
    void unescapeUndoesEscapeAndResolvesCharacterReferences() {
        String text = "file:///home/R&D/<a> \"b\" 'c' caf\u00e9";
        assertEquals(text, XmlText.unescape(XmlText.escape(text)));
        assertEquals("a\u00a0b\u00e9 'x'", XmlText.unescape("a&#xa0;b&#233; &apos;x&apos;"));
        assertEquals("&unknown; & &#xZZ; &", XmlText.unescape("&unknown; & &#xZZ; &"));
    }
}
