package io.github.studyguide.watch;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideConfigBuilder;
import io.github.studyguide.TestConfigs;
import io.github.studyguide.TestFiles;
import io.github.studyguide.GuideInspector;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.RecordingLog;
import io.github.studyguide.StudyGuide;
import io.github.studyguide.diagnostics.BuildLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The watch loop, driven as the goal drives it, on a copy of the sample course. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WatchSessionTest {

    private static final Path SAMPLE = Path.of("examples/sample-course/src/main/lessons");
    private static final String EDITED = "files/01-navigating.md";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private final LinkedBlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
    private WatchSession session;
    private Thread loop;

    @AfterEach
    void stopTheLoop() throws InterruptedException {
        if (session != null) {
            session.stop(Duration.ofSeconds(60));
            loop.join(60_000);
        }
    }

    @Test
    void aRebuildAfterAnEditHasTheBytesOfACleanBuildOfTheSameLessons() throws Exception {
        Path lessons = copyOfSample();
        start(config(lessons, project.resolve("watched")));
        await("the first build");

        Files.writeString(lessons.resolve(EDITED), "\nA sentence added while the watch runs.\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildResult rebuilt = await("the rebuild after the edit");
        assertTrue(log.at("INFO").stream().anyMatch(line -> line.matches("Rebuilt after a change to " + EDITED
                        + ": 1 of 8 lessons rendered, 1 of 4 PDF parts laid out again in \\d+ ms.*")),
                () -> "one line per rebuild, saying what changed and what was done again: " + log.at("INFO"));
        // The three parts the edit left alone are joined as the session kept them, not read from the cache again.
        assertEquals(3, log.at("DEBUG").stream().filter(line -> line.endsWith("unchanged since the last build, kept prepared"))
                .count(), () -> log.at("DEBUG").toString());

        BuildResult clean = new StudyGuide(config(lessons, project.resolve("clean")).build(), BuildLog.SILENT).build();
        assertEquals(clean.guides().keySet(), rebuilt.guides().keySet());
        for (OutputFormat format : clean.guides().keySet()) {
            assertArrayEquals(Files.readAllBytes(clean.guides().get(format)),
                    Files.readAllBytes(rebuilt.guides().get(format)), format + " of the rebuild");
        }
    }

    @Test
    void anEditedImageRendersAgainOnlyTheLessonThatShowsIt() throws Exception {
        Path lessons = copyOfSample();
        start(config(lessons, project.resolve("watched")));
        await("the first build");

        Files.write(lessons.resolve("shell-basics/shell-diagram.png"), io.github.studyguide.TestImages.png(40, 30));
        BuildResult rebuilt = await("the rebuild after the image's edit");
        assertTrue(log.at("INFO").stream().anyMatch(line -> line.matches("Rebuilt after a change to"
                        + " shell-basics/shell-diagram.png: 1 of 8 lessons rendered, 1 of 4 PDF parts laid out again in"
                        + " \\d+ ms.*")),
                () -> "only the lesson that shows the image: " + log.at("INFO"));

        BuildResult clean = new StudyGuide(config(lessons, project.resolve("clean")).build(), BuildLog.SILENT).build();
        for (OutputFormat format : clean.guides().keySet()) {
            assertArrayEquals(Files.readAllBytes(clean.guides().get(format)),
                    Files.readAllBytes(rebuilt.guides().get(format)), format + " of the rebuild");
        }
    }

    @Test
    void anErrorInALessonLeavesTheLastGoodGuidesAndTheLoopGoesOn() throws Exception {
        Path lessons = copyOfSample();
        start(config(lessons, project.resolve("out")));
        BuildResult first = await("the first build");
        byte[] good = Files.readAllBytes(first.guides().get(OutputFormat.PDF));
        String text = Files.readString(lessons.resolve(EDITED));

        Files.writeString(lessons.resolve(EDITED), text.replaceFirst("lesson: 1", "lesson: [1"));
        awaitRebuilds(1);
        assertTrue(log.at("ERROR").stream().anyMatch(line -> line.startsWith(EDITED + ":")),
                () -> "the lesson's error, by file and line: " + log.at("ERROR"));
        assertTrue(log.at("ERROR").stream().anyMatch(line -> line.startsWith("Rebuild after a change to " + EDITED
                + " failed: ") && line.endsWith("; the last good guides stay in place")), () -> log.at("ERROR").toString());
        assertArrayEquals(good, Files.readAllBytes(first.guides().get(OutputFormat.PDF)));

        Files.writeString(lessons.resolve(EDITED), text + "\nFixed.\n");
        BuildResult fixed = await("the rebuild after the fix");
        assertTrue(String.join("", GuideInspector.pdfPages(fixed.guides().get(OutputFormat.PDF).toFile())).contains("Fixed."));
    }

    @Test
    void stoppingLeavesNoTemporaryFile() throws Exception {
        Path lessons = copyOfSample();
        Path out = project.resolve("out");
        start(config(lessons, out));
        await("the first build");
        Files.writeString(lessons.resolve(EDITED), "\nOne more line.\n", java.nio.file.StandardOpenOption.APPEND);
        // Stopped while the rebuild may be under way: it ends first.
        Thread.sleep(WatchSession.SETTLE.toMillis() + 100);
        assertTrue(session.stop(Duration.ofSeconds(120)), "the loop ended");
        loop.join(10_000);
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void editorScratchFilesAndHiddenFoldersAreNotChanges() {
        assertTrue(SourceWatcher.isEditorScratch(".lesson.md.swp"));
        assertTrue(SourceWatcher.isEditorScratch("lesson.md~"));
        assertTrue(SourceWatcher.isEditorScratch("4913"));
        assertTrue(!SourceWatcher.isEditorScratch("lesson.md"));
    }

    @Test
    void changesAreNamedShortly() {
        assertEquals("a.md", ChangeSet.of(List.of("a.md")).describe());
        assertEquals("a.md and b.md", ChangeSet.of(List.of("b.md", "a.md")).describe());
        assertEquals("a.md, b.md, c.md and 2 more files", ChangeSet.of(List.of("a.md", "b.md", "c.md", "d.png", "e.png"))
                .describe());
        assertEquals("files the file system did not name", new ChangeSet(new java.util.TreeSet<>(), true).describe());
    }

    /** The cover lies in the project, outside the lesson folder, as a pom's {@code <coverImage>} often puts it. */
    @Test
    void aNewCoverOutsideTheLessonFolderIsARebuildToo() throws Exception {
        Path lessons = copyOfSample();
        Path cover = project.resolve("art/cover.png");
        Files.createDirectories(cover.getParent());
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", cover.toFile());
        start(config(lessons, project.resolve("watched")).coverImage(cover));
        BuildResult first = await("the first build");
        byte[] before = Files.readAllBytes(first.guides().get(OutputFormat.PDF));

        java.awt.image.BufferedImage red = new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        red.setRGB(0, 0, 0xff0000);
        javax.imageio.ImageIO.write(red, "png", cover.toFile());
        BuildResult rebuilt = await("the rebuild after the cover changed");

        assertTrue(log.at("INFO").stream().anyMatch(line -> line.startsWith("Rebuilt after a change to " + cover)),
                log.at("INFO").toString());
        assertTrue(!java.util.Arrays.equals(before, Files.readAllBytes(rebuilt.guides().get(OutputFormat.PDF))),
                "the PDF shows the new cover");
    }

    @Test
    void filesOutsideTheLessonFolderAreTheCoverAndTheAuthorsFontFiles() {
        Path lessons = project.resolve("lessons");
        GuideConfig config = config(lessons, project.resolve("out")).projectDirectory(project)
                .coverImage(lessons.resolve("cover.png")).fonts(List.of("fonts/Text.ttf", "classpath:fonts/Jar.ttf"))
                .codeFonts(List.of("lessons/Mono.ttf")).build();
        assertEquals(List.of(project.resolve("fonts/Text.ttf").toAbsolutePath().normalize()),
                OutsideFiles.of(config, lessons.toAbsolutePath().normalize()),
                "the cover and the code font lie in the lesson folder, whose watcher sees them; a jar's font is no file");
    }

    private Path copyOfSample() throws IOException {
        Path lessons = project.resolve("lessons");
        TestFiles.copyTree(SAMPLE, lessons);
        return lessons;
    }

    private static GuideConfigBuilder config(Path lessons, Path out) {
        return TestConfigs.guide(lessons, out, "Watched");
    }

    private void start(GuideConfigBuilder config) {
        session = new WatchSession(config.build(), log, builds::add);
        loop = new Thread(() -> {
            try {
                session.run();
            } catch (IOException | io.github.studyguide.diagnostics.GuideException e) {
                throw new IllegalStateException(e);
            }
        }, "watch-under-test");
        loop.start();
    }

    private BuildResult await(String what) throws InterruptedException {
        BuildResult result = builds.poll(180, TimeUnit.SECONDS);
        assertNotNull(result, "no guides from " + what + "; the log: " + log.at("INFO") + log.at("ERROR"));
        return result;
    }

    private void awaitRebuilds(int count) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (session.rebuilds() < count) {
            if (System.nanoTime() > giveUp) {
                fail("no rebuild; the log: " + log.at("INFO"));
            }
            Thread.sleep(50);
        }
    }
}
