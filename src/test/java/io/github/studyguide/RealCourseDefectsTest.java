package io.github.studyguide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What public courses that nobody here wrote broke, each reproduced with original lessons of the same shape: every
 * guide is built, validates and says what it left out.
 */
class RealCourseDefectsTest {

    @TempDir
    Path lessons;

    @TempDir
    Path out;

    private final RecordingLog log = new RecordingLog();

    private GuideConfig.Builder config() {
        return GuideConfig.builder().sourceDirectory(lessons).outputDirectory(out).finalName("guide")
                .title("Real Shapes").identifier("urn:uuid:00000000-0000-3000-8000-000000000016")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00Z"));
    }

    private Map<OutputFormat, Path> build(GuideConfig config) throws Exception {
        return new StudyGuide(config, log).build().guides();
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(lessons.resolve(name).getParent());
        Files.writeString(lessons.resolve(name), text);
    }

    private static String pdfText(Map<OutputFormat, Path> guides) throws IOException {
        return String.join("\n", GuideInspector.pdfPages(guides.get(OutputFormat.PDF).toFile()));
    }

    @Test
    void inkscapeDrawingBatikCannotDrawIsAWarningAndAPlaceholderInBothGuides() throws Exception {
        write("pipes/pipe.svg", TestDrawings.inkscape("version=\"1.2\""));
        write("pipes/plain.svg", TestDrawings.inkscape("version=\"1.1\""));
        write("pipes/pipes.md", "---\ntitle: Pipes\nsection: 1\nlesson: 1\n---\nBefore the drawing.\n\n"
                + "![Two commands joined by a pipe](pipe.svg)\n\n![The same, as plain SVG](plain.svg)\n\nAfter it.\n");
        Map<OutputFormat, Path> guides = build(config().pdfUA(true).build());

        assertEquals(List.of("pipes/pipes.md:8: image pipe.svg cannot be drawn by Batik, which draws SVG in the PDF"
                + " (ClassCastException: class org.apache.batik.dom.GenericElementNS cannot be cast to class"
                + " org.apache.batik.anim.dom.BindableElement (org.apache.batik.dom.GenericElementNS and"
                + " org.apache.batik.anim.dom.BindableElement are in unnamed module of loader 'app')); save it as plain"
                + " SVG 1.1 (Inkscape: Save As, Plain SVG) or as PNG; until then the guides show its alt text"),
                log.at("WARN"));
        String text = pdfText(guides);
        assertTrue(text.contains("Before the drawing.") && text.contains("Image not shown: Two commands joined by a pipe")
                && text.contains("After it."), text);
        File pdf = guides.get(OutputFormat.PDF).toFile();
        assertEquals(1, GuideInspector.pdfDrawingsPerPage(pdf).stream().mapToInt(Integer::intValue).sum(),
                "the plain SVG 1.1 copy is drawn");
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "ua1"), "PDF/UA-1");
        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String content = GuideInspector.epubText(epub);
        assertTrue(content.contains("<span class=\"missing-image image-placeholder\"><span class=\"image-placeholder-label\">"
                + "Image not shown: </span>Two commands joined by a pipe</span>") && !content.contains("pipe.svg\""), content);

        GuideConfig strict = config().failOnWarning(true).formats(Set.of(OutputFormat.PDF)).build();
        assertThrows(LessonProblemsException.class, () -> new StudyGuide(strict, BuildLog.SILENT).build());
    }
}
