package io.github.studyguide.fork;

import io.github.studyguide.BuildLog;
import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideException;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.RecordingLog;
import io.github.studyguide.StudyGuide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds in a real forked JVM, on the test's own class path. */
class ForkedGuideTest {

    private static final Path SAMPLE = Path.of("examples/sample-course/src/main/lessons");

    @TempDir
    Path out;

    private static GuideConfig.Builder config(Path source, Path output) {
        return GuideConfig.builder().sourceDirectory(source).outputDirectory(output).finalName("guide")
                .title("Linux Shell Essentials").identifier("urn:uuid:00000000-0000-3000-8000-000000000000")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00Z"));
    }

    private static ForkedGuide forked(GuideConfig config, RecordingLog log) {
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new ForkedGuide(config, log, classpath, true);
    }

    @Test
    void aForkedBuildWritesWhatABuildHereWrites() throws Exception {
        RecordingLog log = new RecordingLog();
        BuildResult forked = forked(config(SAMPLE, out.resolve("forked")).handouts(true).build(), log).build();
        BuildResult here = new StudyGuide(config(SAMPLE, out.resolve("here")).handouts(true).build(), BuildLog.SILENT)
                .build();

        for (OutputFormat format : OutputFormat.values()) {
            assertEquals(out.resolve("forked/guide." + format.extension()), forked.guides().get(format));
            assertArrayEquals(Files.readAllBytes(here.guides().get(format)), Files.readAllBytes(forked.guides().get(format)),
                    format.toString());
        }
        assertEquals(here.handouts().keySet(), forked.handouts().keySet());
        assertEquals(out.resolve("forked/guide-section-1.pdf"), forked.handouts().get(1));
        assertTrue(log.at("INFO").stream().anyMatch(line -> line.startsWith("Study guide built in ")), log.at("INFO").toString());
        assertEquals(List.of("Skipped 1 Markdown file without front matter (they are not lessons): README.md"),
                log.at("WARN"));
        assertTrue(log.at("DEBUG").stream().anyMatch(line -> line.startsWith("Fingerprinted the lesson folder in ")),
                "debug messages come through when asked for");
    }

    @Test
    void problemsInTheLessonsAreTheUsersToFixAsInABuildHere(@TempDir Path lessons) throws Exception {
        Files.writeString(lessons.resolve("a.md"), "---\ntitle: A\nsection: 1\nlesson: one\n---\nText\n");
        RecordingLog log = new RecordingLog();
        GuideException failure = assertThrows(GuideException.class,
                () -> forked(config(lessons, out).build(), log).build());
        assertEquals("The lessons have 1 error (listed above); fix them and build again.", failure.getMessage());
        assertEquals(1, log.at("ERROR").size(), log.at("ERROR").toString());
        assertTrue(log.at("ERROR").get(0).startsWith("a.md:4: "), log.at("ERROR").get(0));

        GuideException missing = assertThrows(GuideException.class,
                () -> forked(config(lessons.resolve("nowhere"), out).build(), log).check());
        assertEquals("The lesson folder " + lessons.resolve("nowhere") + " does not exist; create it or point"
                + " sourceDirectory at your lessons.", missing.getMessage());
    }

    @Test
    void aFailureOfTheBuildItselfQuotesTheForkedJvm() throws Exception {
        Path notAFolder = Files.writeString(out.resolve("file"), "in the way of the output folder");
        IOException failure = assertThrows(IOException.class,
                () -> forked(config(SAMPLE, notAFolder).build(), new RecordingLog()).build());
        assertTrue(failure.getMessage().startsWith("The forked JVM of the study guide build failed (exit code 2); it"
                + " said:\n"), failure.getMessage());
        assertTrue(failure.getMessage().contains(notAFolder.toString()), failure.getMessage());
    }

    @Test
    void theForkedJvmHasThisOnesHeapLocaleAndTimeZone() {
        List<String> command = forked(config(SAMPLE, out).build(), new RecordingLog()).command();
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), command.toString());
        assertTrue(command.contains("-Xmx" + Runtime.getRuntime().maxMemory()), command.toString());
        assertTrue(command.contains("-Duser.timezone=" + java.util.TimeZone.getDefault().getID()), command.toString());
        assertTrue(command.contains("-Duser.language=" + System.getProperty("user.language")), command.toString());
        assertEquals(ForkedGuideMain.class.getName(), command.get(command.size() - 1));
    }
}
