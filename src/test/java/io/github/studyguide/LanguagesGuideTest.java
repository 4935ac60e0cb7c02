package io.github.studyguide;

import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.Problem;
import io.github.studyguide.i18n.Labels;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guides in other languages: the plugin's own words translated, and study aids found by the words of the course. */
class LanguagesGuideTest {

    @TempDir
    Path lessons;
    @TempDir
    Path out;

    private GuideConfigBuilder config(String language) {
        return GuideConfig.builder().sourceDirectory(lessons).outputDirectory(out).finalName("guide").title("Curso")
                .language(language).version("2.0").identifier("urn:uuid:00000000-0000-3000-8000-000000000000")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00Z"));
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(lessons.resolve(name), text);
    }

    @Test
    void aSpanishQuizGetsItsAnswerKeyInSpanish() throws Exception {
        write("01.md", "---\ntitle: 'Repaso'\nsection: 1\nlesson: 1\nquiz: true\n---\n#### Pregunta 1: ¿Qué guarda una imagen?\n\n"
                + "- A) Un proceso\n  - Incorrecta: Porque un proceso es lo que ejecuta un contenedor.\n"
                + "- B) Una plantilla de solo lectura\n  - **Correcta:** Porque las imágenes son plantillas.\n");
        BuildResult result = new StudyGuide(config("es").build(), BuildLog.SILENT).build();
        File pdf = result.guides().get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        assertTrue(pages.get(0).contains("Versión 2.0") && pages.get(0).contains("15 de enero de 2026"), pages.get(0));
        assertTrue(pages.get(1).contains("Tabla de contenidos") && pages.get(1).contains("Respuestas"), pages.get(1));
        String key = pages.stream().filter(page -> page.contains("Pregunta 1: B")).findFirst().orElse("");
        assertTrue(key.contains("Respuestas") && key.contains("Porque las imágenes son plantillas."), String.join("\n", pages));
        assertTrue(pages.stream().noneMatch(page -> page.contains("¿Qué guarda una imagen?") && page.contains("Porque un proceso")),
                "the verdicts leave the question for the answer key");
        assertTrue(GuideInspector.pdfBookmarks(pdf).contains("  Respuestas"), GuideInspector.pdfBookmarks(pdf).toString());
        File epub = result.guides().get(OutputFormat.EPUB).toFile();
        assertTrue(GuideInspector.epubToc(epub).contains("  Respuestas"), GuideInspector.epubToc(epub).toString());
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
    }

    @Test
    void aGermanExamTipEndsUpInTheCramSheetAndEnglishWordsStillWork() throws Exception {
        write("01.md", "---\ntitle: 'Grundlagen'\nsection: 1\nlesson: 1\n---\n- **Prüfungstipp:** Images sind schreibgeschützt.\n"
                + "- **Exam Tip:** English tips still count.\n");
        File pdf = new StudyGuide(config("de").labels(Map.of("examTips", "Spickzettel")).build(), BuildLog.SILENT)
                .build().guides().get(OutputFormat.PDF).toFile();
        List<String> bookmarks = GuideInspector.pdfBookmarks(pdf);
        assertEquals("Spickzettel", bookmarks.get(bookmarks.size() - 1), "the author's label wins");
        List<String> pages = GuideInspector.pdfPages(pdf);
        String cram = pages.get(pages.size() - 1);
        assertTrue(cram.contains("Images sind schreibgeschützt.") && cram.contains("English tips still count."), cram);
        assertTrue(pages.get(1).contains("Inhaltsverzeichnis"), pages.get(1));
    }

    /**
     * A course that makes the plugin print every word it has: a section without a title, call-outs of all three
     * syntaxes without titles, a hands-on guide, a quiz with a question no option of which is marked, an exam tip,
     * and a missing image.
     */
    private void writeCourseOfEveryLabel(String title, String body, String handsOnTitle, String quizTitle,
            String question, String tip) throws Exception {
        write("01.md", "---\ntitle: '" + title + "'\nsection: 1\nlesson: 1\n---\n" + body + "\n\n"
                + "> [!NOTE]\n> " + body + "\n\n> [!CAUTION]\n> " + body + "\n\n!!! warning\n\n    " + body + "\n\n"
                + "::: tip\n" + body + "\n:::\n\n::: important\n" + body + "\n:::\n\n"
                + "- **" + tip + ":** " + body + "\n\n![](missing.png)\n\n```sh\nls -l\n```\n");
        write("02.md", "---\ntitle: '" + handsOnTitle + "'\nsection: 1\nlesson: 2\ntype: hands-on\n---\n1. " + body + "\n");
        write("03.md", "---\ntitle: '" + quizTitle + "'\nsection: 1\nlesson: 3\nquiz: true\n---\n#### " + question + " 1: "
                + body + "\n\n- A) " + body + "\n  - Incorrect: " + body + "\n- B) " + body + "\n  - Incorrect: " + body + "\n");
    }

    /**
     * The English words the plugin would print where the guide's language says something else: every label of the
     * English bundle, its number left out ("Section"), as a whole word; a label the language writes the same
     * ("Version" in German) cannot tell.
     */
    private static List<String> englishLabelsIn(String text, String language) {
        Labels english = Labels.of("en", Map.of(), new ArrayList<>());
        Labels translated = Labels.of(language, Map.of(), new ArrayList<>());
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(Labels.KEYS)) {
            String word = english.text(key).replace("{0}", "").strip();
            if (!word.equalsIgnoreCase(translated.text(key).replace("{0}", "").strip())
                    && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find()) {
                found.add(key + "=" + word);
            }
        }
        return found;
    }

    @Test
    void aGermanGuidePrintsNoEnglishWordOfItsOwn() throws Exception {
        writeCourseOfEveryLabel("Grundlagen", "Ein kurzer Satz über Abbilder.", "Abbilder bauen", "Wiederholung",
                "Frage", "Prüfungstipp");
        assertNoEnglishLabels("de", "Abschnitt 1", "Praxisübung: Abbilder bauen", "Anmerkung", "Achtung", "Warnung",
                "Hinweis", "Wichtig", "keine markiert", "[Bild]", "Frage 1", "Lösungen", "Prüfungstipps");
    }

    @Test
    void anArabicGuidePrintsNoEnglishWordOfItsOwn() throws Exception {
        writeCourseOfEveryLabel("الأساسيات", "جملة قصيرة عن الصور.", "بناء الصور", "مراجعة", "السؤال", "نصيحة للامتحان");
        BuildResult result = assertNoEnglishLabels("ar", "القسم 1", "تطبيق عملي: بناء الصور", "ملاحظة", "تنبيه",
                "تحذير", "تلميح", "مهم", "لا شيء محدد", "[صورة]", "الإجابات", "نصائح للامتحان");
        // The contents lines stay on the page: under a right-to-left root their leaders pushed them off its left edge.
        File pdf = result.guides().get(OutputFormat.PDF).toFile();
        String contents = GuideInspector.pdfPages(pdf).get(1);
        assertTrue(contents.contains("جدول المحتويات") && contents.contains("بناء الصور"), contents);
        assertTrue(GuideInspector.pdfTextLeftEdges(pdf).get(1) > 20, "left edge " + GuideInspector.pdfTextLeftEdges(pdf).get(1));
        // Code in the EPUB runs left to right in the right-to-left documents, as it does in the PDF.
        String lessons = GuideInspector.epubText(result.guides().get(OutputFormat.EPUB).toFile());
        assertTrue(lessons.contains("<pre dir=\"ltr\""), lessons);
        assertFalse(lessons.matches("(?s).*<pre(?![^>]*dir=\"ltr\").*"), "every code block says ltr");
    }

    private BuildResult assertNoEnglishLabels(String language, String... expected) throws Exception {
        BuildResult result = new StudyGuide(config(language).examTips(true).build(), BuildLog.SILENT).build();
        String pdfText = String.join("\n", GuideInspector.pdfPages(result.guides().get(OutputFormat.PDF).toFile()));
        File epub = result.guides().get(OutputFormat.EPUB).toFile();
        String epubText = Jsoup.parse(GuideInspector.epubText(epub)).text();
        for (String label : expected) {
            assertTrue(pdfText.contains(label), label + " missing from the PDF:\n" + pdfText);
            assertTrue(epubText.contains(label), label + " missing from the EPUB:\n" + epubText);
        }
        assertEquals(List.of(), englishLabelsIn(pdfText, language), pdfText);
        assertEquals(List.of(), englishLabelsIn(epubText, language), epubText);
        List<String> landmarks = GuideInspector.epubNav(epub, "landmarks");
        assertEquals(List.of(), englishLabelsIn(String.join("\n", landmarks), language), landmarks.toString());
        String nav = GuideInspector.epubFile(epub, "OEBPS/nav.xhtml");
        assertTrue(nav.contains("aria-label=\"" + Labels.of(language, Map.of(), new ArrayList<>()).landmarks() + "\""), nav);
        // What a screen reader says of each link of the contents and between parts, in the guide's language.
        List<String> descriptions = new ArrayList<>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(result.guides().get(OutputFormat.PDF).toFile())) {
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation.getContents() != null) {
                        descriptions.add(annotation.getContents());
                    }
                }
            }
        }
        assertFalse(descriptions.isEmpty());
        assertTrue(descriptions.stream().noneMatch(text -> text.startsWith("Go to")), descriptions.toString());
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        return result;
    }

    @Test
    void anUnknownLanguageWarnsOnceAndKeepsEnglish() throws Exception {
        write("01.md", "---\ntitle: 'Somo'\nsection: 1\nlesson: 1\n---\nHabari.\n");
        List<String> problems = new StudyGuide(config("sw").build(), BuildLog.SILENT).check().stream()
                .map(Problem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("language sw has no translation"), problems.get(0));
    }
}
