package io.github.studyguide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build after an image changed renders again only the lessons that show it, and gives the guides a clean build
 * of the same lessons gives: the lesson cache keeps, beside each lesson, the files its references consulted.
 */
class ImageEditsGuideTest {

    @TempDir
    Path project;

    private Path lessons() throws Exception {
        Path lessons = Files.createDirectories(project.resolve("lessons/charts"));
        Files.writeString(lessons.resolve("01-bars.md"), lesson(1, "Bars", "![Bars by month](bars.png)"));
        Files.writeString(lessons.resolve("02-lines.md"), lesson(2, "Lines", "![Lines by year](lines.png)"));
        Files.writeString(lessons.resolve("03-words.md"), lesson(3, "Words", "No picture here, only words."));
        Files.write(lessons.resolve("bars.png"), TestImages.png(30, 20));
        return project.resolve("lessons");
    }

    private static String lesson(int number, String title, String body) {
        return "---\ntitle: " + title + "\nsection: 1\nlesson: " + number + "\n---\n\n" + body + "\n";
    }

    private static GuideConfig config(Path lessons, Path out) {
        return TestConfigs.guide(lessons, out, "Charts").build();
    }

    private record Build(StudyGuide guide, Map<OutputFormat, Path> guides, RecordingLog log) {
    }

    private Build build(Path lessons, String folder) throws Exception {
        RecordingLog log = new RecordingLog();
        StudyGuide guide = new StudyGuide(config(lessons, project.resolve(folder)), log);
        return new Build(guide, guide.build().guides(), log);
    }

    private void assertSameBytesAsACleanBuild(Path lessons, Build incremental, String clean) throws Exception {
        Map<OutputFormat, Path> fresh = build(lessons, clean).guides();
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.EPUB)) {
            assertArrayEquals(Files.readAllBytes(fresh.get(format)), Files.readAllBytes(incremental.guides().get(format)),
                    format + " differs from a clean build's");
        }
    }

    private static int images(Build build) throws Exception {
        return GuideInspector.pdfImagesPerPage(build.guides().get(OutputFormat.PDF).toFile()).stream()
                .mapToInt(Integer::intValue).sum();
    }

    @Test
    void anEditedImageRendersAgainOnlyTheLessonThatShowsIt() throws Exception {
        Path lessons = lessons();
        build(lessons, "out");
        Files.write(lessons.resolve("charts/bars.png"), TestImages.png(60, 20));

        Build edited = build(lessons, "out");
        assertEquals(1, edited.guide().work().lessonsRendered(), "only the lesson that shows bars.png");
        assertEquals(3, edited.guide().work().lessons());
        assertTrue(edited.log().at("DEBUG").contains("Rendered 1 lesson; read back 2 unchanged since the last build,"
                + " and the verdicts on 0 drawings"), edited.log().at("DEBUG").toString());
        assertSameBytesAsACleanBuild(lessons, edited, "clean");

        Files.writeString(lessons.resolve("charts/notes.txt"), "a file no lesson refers to");
        assertEquals(0, build(lessons, "out").guide().work().lessonsRendered(), "nothing shows notes.txt");
    }

    @Test
    void anImageThatAppearsAfterItsLessonWasKeptWithoutItIsShownAndItsWarningGoes() throws Exception {
        Path lessons = lessons();
        Build missing = build(lessons, "out");
        assertTrue(missing.log().at("WARN").stream().anyMatch(line -> line.startsWith("charts/02-lines.md:")
                && line.contains("lines.png")), missing.log().at("WARN").toString());
        assertEquals(1, images(missing), "only bars.png is shown");

        Files.write(lessons.resolve("charts/lines.png"), TestImages.png(20, 30));
        Build appeared = build(lessons, "out");
        assertEquals(1, appeared.guide().work().lessonsRendered(), "only the lesson that names lines.png");
        assertEquals(List.of(), appeared.log().at("WARN"), "the missing image's warning is gone");
        assertEquals(2, images(appeared), "lines.png is shown now, not its alt text");
        assertEquals(2, GuideInspector.epubFile(appeared.guides().get(OutputFormat.EPUB).toFile(), "OEBPS/content.opf")
                .split("media-type=\"image/png\"", -1).length - 1, "both images are in the EPUB");
        assertSameBytesAsACleanBuild(lessons, appeared, "clean");
    }
}
