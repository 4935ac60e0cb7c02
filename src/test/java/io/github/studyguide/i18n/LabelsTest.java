package io.github.studyguide.i18n;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {

    @Test
    void everyBundleHasEveryLabelAndEveryKeyword() {
        for (Map.Entry<String, Map<String, String>> bundle : Labels.allBundles().entrySet()) {
            for (String key : Labels.KEYS) {
                String text = bundle.getValue().get(key);
                assertTrue(text != null && !text.isBlank(), bundle.getKey() + " lacks " + key);
            }
            for (String key : List.of("keyword.question", "keyword.correct", "keyword.incorrect", "keyword.examTip",
                    "keyword.handsOn", "keyword.step")) {
                assertTrue(bundle.getValue().containsKey(key), bundle.getKey() + " lacks " + key);
            }
            // A title that already opens with the guide's own word for hands-on gets no second one.
            assertTrue(List.of(bundle.getValue().get("keyword.handsOn").split("\\|")).contains(bundle.getValue().get("handsOn")),
                    bundle.getKey() + ": handsOn is not among keyword.handsOn");
            assertTrue(bundle.getValue().get("section").contains("{0}") && bundle.getValue().get("question").contains("{0}"),
                    bundle.getKey());
        }
    }

    @Test
    void choosesTheBundleByLanguageAndChineseByScriptOrRegion() {
        List<String> warnings = new ArrayList<>();
        assertEquals("目次", Labels.of("ja", Map.of(), warnings).contents());
        assertEquals("Inhaltsverzeichnis", Labels.of("de-AT", Map.of(), warnings).contents());
        assertEquals("目录", Labels.of("zh", Map.of(), warnings).contents());
        assertEquals("目录", Labels.of("zh-CN", Map.of(), warnings).contents());
        assertEquals("目錄", Labels.of("zh-TW", Map.of(), warnings).contents());
        assertEquals("目錄", Labels.of("zh-Hant-HK", Map.of(), warnings).contents());
        assertEquals("תוכן עניינים", Labels.of("he", Map.of(), warnings).contents());
        assertEquals("Pregunta 3", Labels.of("es-MX", Map.of(), warnings).question(3));
        assertEquals(List.of(), warnings);
    }

    @Test
    void anUnknownLanguageFallsBackToEnglishWithOneWarning() {
        List<String> warnings = new ArrayList<>();
        Labels labels = Labels.of("sw", Map.of(), warnings);
        assertEquals("Contents", labels.contents());
        assertEquals("en", labels.bundleLanguage());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("language sw has no translation of the guides' own words (Contents,"
                + " Answer Key, ...), so they stay English; the plugin has en, de, fr,"), warnings.get(0));
    }

    @Test
    void theAuthorsLabelsWinAndAMisspeltKeyIsAWarning() {
        List<String> warnings = new ArrayList<>();
        Labels labels = Labels.of("es", Map.of("answerKey", "Soluciones", "answerkey", "x"), warnings);
        assertEquals("Soluciones", labels.answerKey());
        assertEquals("Sección 2", labels.section(2), "the others stay the bundle's");
        assertEquals(List.of("labels: answerkey is not a label, so it is ignored; the labels are answerKey, caution,"
                + " contents, cover, examTips, exercise, goTo, goToPage, handsOn, hint, image, imageNotShown,"
                + " important, instructorEdition, instructorNote, keyPoints, landmarks, learnerResources,"
                + " noneMarked, note, objectives, question, questions, quiz, section, solution, start, tip,"
                + " titlePage, version, warning"), warnings);
        assertFalse(labels.fingerprint().equals(Labels.of("es", Map.of(), new ArrayList<>()).fingerprint()));
    }
}
