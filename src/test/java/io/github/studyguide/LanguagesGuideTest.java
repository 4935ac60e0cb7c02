package io.github.studyguide;

import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guides in other languages: the plugin's own words translated, and study aids found by the words of the course. */
class LanguagesGuideTest {

    @TempDir
    Path lessons;
    @TempDir
    Path out;

    private GuideConfig.Builder config(String language) {
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

    @Test
    void anUnknownLanguageWarnsOnceAndKeepsEnglish() throws Exception {
        write("01.md", "---\ntitle: 'Somo'\nsection: 1\nlesson: 1\n---\nHabari.\n");
        List<String> problems = new StudyGuide(config("sw").build(), BuildLog.SILENT).check().stream()
                .map(Problem::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("language sw has no translation"), problems.get(0));
    }
}
