package io.github.studyguide.aids;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HandsOnStepsTest {

    private static Element marked(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        HandsOnSteps.mark(body);
        return body;
    }

    @Test
    void numberedListsAreSteps() {
        assertEquals("steps", marked("<ol><li>Open</li><li>Run</li></ol>").selectFirst("ol").className());
    }

    @Test
    void itemsOpeningWithABoldStepLabelAreSteps() {
        Element body = marked("<ul><li><strong>Step 1</strong>: Open</li><li><p><strong>Step 2:</strong> Run</p></li></ul>");
        assertEquals("steps", body.selectFirst("ul").className());
        assertEquals(2, body.select("li.step").size());
    }

    @Test
    void stepLabelsInTheWordsOfOtherLanguagesAreSteps() {
        Element body = marked("<ul><li><strong>Paso 1</strong>: Abrir</li><li><strong>Schritt 2:</strong> Starten</li>"
                + "<li><strong>手順3：</strong>実行</li><li><strong>Шаг 4</strong> Проверить</li></ul>");
        assertEquals(4, body.select("li.step").size());
    }

    @Test
    void nearMissesAreNotSteps() {
        Element body = marked("<ul><li>Step 1: not bold</li><li><strong>Steps</strong> to follow</li>"
                + "<li>Then <strong>Step 3</strong> later in the sentence</li><li><strong>Step one</strong>: no number</li></ul>");
        assertFalse(body.selectFirst("ul").hasClass("steps"));
        assertEquals(0, body.select("li.step").size());
    }
}
