package io.github.studyguide;

import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guides set in the author's fonts ({@code fonts}, {@code codeFonts}) besides the shipped DejaVu. */
class ConfiguredFontsGuideTest {

    private static final Path FONTS = Path.of("src/it/languages/fonts");
    private static final String JAPANESE = "これは日本語で書かれた短い文です。";
    private static final String HINDI = "यह एक वाक्य है।";

    @TempDir
    Path project;

    private GuideConfigBuilder config(Path output, List<String> fonts) {
        return GuideConfig.builder()
                .sourceDirectory(project.resolve("lessons"))
                .outputDirectory(output)
                .projectDirectory(project)
                .fonts(fonts)
                .finalName("guide")
                .title("Scripts")
                .identifier("urn:uuid:00000000-0000-3000-8000-000000000000")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00Z"));
    }

    /** Thirty lessons in two sections, so that the PDF renders in several parts that each embed the fonts. */
    private void course() throws IOException {
        Files.createDirectories(project.resolve("fonts"));
        for (String font : List.of("DroidSansFallback-subset.ttf", "Lohit-Devanagari.ttf")) {
            Files.copy(FONTS.resolve(font), project.resolve("fonts").resolve(font));
        }
        Path lessons = Files.createDirectories(project.resolve("lessons"));
        for (int i = 1; i <= 30; i++) {
            String section = i <= 15 ? "Section-1-English" : "Section-2-日本語";
            Files.writeString(lessons.resolve(String.format("%02d.md", i)), "---\ntitle: 'Lesson " + i + "'\nsection: "
                    + section + "\nlesson: " + i + "\n---\nEnglish first. " + JAPANESE + " " + HINDI + " Lesson " + i
                    + ".\n\n```\nprint(\"" + JAPANESE + "\")\n```\n");
        }
    }

    private static final List<String> BOTH = List.of("fonts/DroidSansFallback-subset.ttf", "fonts/Lohit-Devanagari.ttf");

    @Test
    void drawsEveryScriptWithTheFirstFontThatHasItAndEmbedsEachFontOnce() throws Exception {
        course();
        BuildResult result = new StudyGuide(config(project.resolve("out"), BOTH).build(), BuildLog.SILENT).build();
        File pdf = result.guides().get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        String all = String.join("\n", pages);
        assertFalse(all.contains("#"), "no character is left to the # of a missing glyph");
        for (int i = 1; i <= 30; i++) {
            int lesson = i;
            assertTrue(pages.stream().anyMatch(page -> page.contains("English first. " + JAPANESE)
                    && page.contains("Lesson " + lesson + ".")), "lesson " + i);
        }
        assertTrue(all.contains("print(\"" + JAPANESE + "\")"), "code falls back to the text's fonts");
        assertTrue(all.contains("एक"), all);
        assertTrue(pages.stream().anyMatch(page -> page.startsWith("Section 2: 日本語")),
                "the running header draws Japanese with the author's font");
        assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono", "DroidSansFallback",
                "Lohit-Devanagari"), GuideInspector.pdfEmbeddedFontFiles(pdf), "each font once, however many parts");
        assertEquals(List.of(), GuideInspector.pdfFontsNotEmbedded(pdf));
        assertTrue(Collections.min(GuideInspector.pdfTextRightMargins(pdf).stream().filter(m -> m >= 0).toList()) > 30,
                "nothing runs into the right margin");
    }

    @Test
    void theSameCourseAndFontsGiveTheSameBytesInAnotherFolder() throws Exception {
        course();
        Path first = new StudyGuide(config(project.resolve("one"), BOTH).build(), BuildLog.SILENT).build().guides()
                .get(OutputFormat.PDF);
        Path second = new StudyGuide(config(project.resolve("two"), BOTH).build(), BuildLog.SILENT).build().guides()
                .get(OutputFormat.PDF);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void changingTheFontsBuildsTheGuideAgainWithoutReusingStaleParts() throws Exception {
        course();
        Path out = project.resolve("out");
        StringBuilder log = new StringBuilder();
        BuildLog recording = new BuildLog() {
            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
                log.append(message).append('\n');
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }
        };
        new StudyGuide(config(out, List.of()).formats(Set.of(OutputFormat.PDF)).build(), BuildLog.SILENT).build();
        File pdf = out.resolve("guide.pdf").toFile();
        assertTrue(GuideInspector.pdfPages(pdf).get(3).contains("#"), "without fonts, Japanese prints as #");
        new StudyGuide(config(out, BOTH).formats(Set.of(OutputFormat.PDF)).build(), recording).build();
        assertFalse(log.toString().contains("up to date"), log.toString());
        assertFalse(String.join("", GuideInspector.pdfPages(pdf)).contains("#"), "no part came from the cache");
        log.setLength(0);
        new StudyGuide(config(out, BOTH).formats(Set.of(OutputFormat.PDF)).build(), recording).build();
        assertTrue(log.toString().contains("up to date"), log.toString());
    }

    @Test
    void checkWarnsOnlyAboutWhatNoConfiguredFontHas() throws Exception {
        course();
        Files.writeString(project.resolve("lessons/31.md"), "---\ntitle: 'Rocket'\nsection: Section-1-English\n"
                + "lesson: 31\n---\nEmoji stay unprintable: 🚀 and 日本.\n");
        List<String> problems = new StudyGuide(config(project.resolve("out"), BOTH).build(), BuildLog.SILENT).check()
                .stream().map(Problem::toString).toList();
        assertEquals(List.of("31.md:6: none of the PDF's fonts has a glyph for 🚀 (U+1F680), first on this line, so"
                + " the PDF prints # for each; add a font that has them to the plugin's fonts parameter (codeFonts"
                + " for code)"), problems);
        List<String> without = new StudyGuide(config(project.resolve("out"), List.of()).build(), BuildLog.SILENT)
                .check().stream().map(Problem::toString).toList();
        assertTrue(without.get(0).endsWith("; add a font that has them with the plugin's fonts parameter (codeFonts"
                + " for code)"), without.get(0));
    }

    @Test
    void aBadFontFailsTheBuildBeforeAnythingIsWritten() throws Exception {
        course();
        GuideException e = org.junit.jupiter.api.Assertions.assertThrows(GuideException.class, () -> new StudyGuide(
                config(project.resolve("out"), List.of("fonts/missing.ttf")).build(), BuildLog.SILENT).build());
        assertTrue(e.getMessage().startsWith("fonts: fonts/missing.ttf does not exist"), e.getMessage());
        assertFalse(Files.exists(project.resolve("out/guide.pdf")));
    }
}
