package io.github.studyguide.flashcards;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;

/**
 * The HTML of a card's field, made to fit on one line of Anki's text import: line breaks inside code become
 * {@code <br>} and all others spaces (HTML renders them as spaces anyway), tabs become {@code &#9;}, links to
 * places in the guide, which mean nothing in a deck, keep only their text, and classes, which no style sheet of the
 * deck knows, go.
 */
final class CardHtml {

    private CardHtml() {
    }

    static String of(String xhtml) {
        Document document = Jsoup.parseBodyFragment(xhtml);
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element body = document.body();
        body.select("a[href^=#]").unwrap();
        body.select("[class]").removeAttr("class"); // a deck has no style sheet for them
        for (Element pre : body.select("pre")) {
            for (TextNode text : pre.textNodes()) {
                splitLines(text);
            }
            for (Element inner : pre.select("*")) {
                for (TextNode text : inner.textNodes()) {
                    splitLines(text);
                }
            }
        }
        return body.html().replace("\t", "&#9;").replaceAll("[\\r\\n]+", " ").strip();
    }

    /** Puts a {@code <br>} in place of each line break of a text inside code. */
    private static void splitLines(TextNode text) {
        String whole = text.getWholeText();
        if (whole.indexOf('\n') < 0) {
            return;
        }
        String[] lines = whole.split("\n", -1);
        text.text(lines[0]);
        TextNode last = text;
        for (int i = 1; i < lines.length; i++) {
            Element br = new Element("br");
            last.after(br);
            TextNode next = new TextNode(lines[i]);
            br.after(next);
            last = next;
        }
    }
}
