package io.github.studyguide.fork;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideConfigBuilder;
import io.github.studyguide.GuideSettings;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.RecordingLog;
import io.github.studyguide.StudyGuide;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
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

    private static GuideConfigBuilder config(Path source, Path output) {
        return GuideConfig.builder().sourceDirectory(source).outputDirectory(output).finalName("guide")
                .title("Linux Shell Essentials").identifier("urn:uuid:00000000-0000-3000-8000-000000000000")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00Z"));
    }

    private static ForkedGuide forked(GuideConfig config, RecordingLog log) {
        return forked(config, log, List.of());
    }

    private static ForkedGuide forked(GuideConfig config, RecordingLog log, List<String> jvmArgs) {
        List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new ForkedGuide(config, log, classpath, true, jvmArgs);
    }

    @Test
    void aForkedBuildWritesWhatABuildHereWrites() throws Exception {
        RecordingLog log = new RecordingLog();
        BuildResult forked = forked(config(SAMPLE, out.resolve("forked")).handouts(true).build(), log).build();
        BuildResult here = new StudyGuide(config(SAMPLE, out.resolve("here")).handouts(true).build(), BuildLog.SILENT)
                .build();

        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.EPUB)) {
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
        assertTrue(failure.getMessage().startsWith("The study guide build failed in its forked JVM: java.nio.file."),
                failure.getMessage());
        assertTrue(failure.getMessage().contains(notAFolder.toString()), failure.getMessage());
        assertTrue(failure.getMessage().endsWith(" (the stack trace is in the -X log)"), failure.getMessage());
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

    /** Maven killed outright runs no shutdown hook; the forked build sees its input close and stops. */
    @Test
    void aForkedBuildStopsWhenThePluginIsGone() throws Exception {
        ForkedGuide guide = forked(config(SAMPLE, out).build(), new RecordingLog());
        List<String> command = new java.util.ArrayList<>(guide.command());
        command.addAll(List.of("build", "false"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var settings = new java.io.OutputStreamWriter(process.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
            GuideSettings.toProperties(config(SAMPLE, out).build()).store(settings, null);
            settings.write(ForkProtocol.END_OF_SETTINGS + "\n");
        } // closed at once, as when the plugin's JVM dies
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertEquals(3, process.waitFor());
        assertTrue(!Files.exists(out.resolve("guide.pdf")), "the build stopped before writing its guide");
    }

    /** A cancelled Maven build (an IDE's stop, mvnd) interrupts the goal's thread: the forked JVM is stopped. */
    @Test
    void anInterruptedBuildStopsItsForkedJvm() throws Exception {
        ForkedGuide guide = forked(config(SAMPLE, out).build(), new RecordingLog());
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread build = new Thread(() -> {
            try {
                guide.build();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        build.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (ProcessHandle.current().children().findAny().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        ProcessHandle child = ProcessHandle.current().children().findAny().orElseThrow();
        build.interrupt();
        build.join(10_000);
        assertTrue(thrown.get() instanceof IOException && thrown.get().getMessage().startsWith("Interrupted"),
                String.valueOf(thrown.get()));
        child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(!child.isAlive());
    }

    /** The user's JVM options come after the plugin's, so that a maximum heap of their own wins. */
    @Test
    void theUsersJvmOptionsComeLastAndTheBuildRunsWithThem() throws Exception {
        ForkedGuide guide = forked(config(SAMPLE, out).build(), new RecordingLog(), List.of("-Xmx200m", "-Dsome.flag=1"));
        List<String> command = guide.command();
        int plugins = command.indexOf("-Xmx" + Runtime.getRuntime().maxMemory());
        int users = command.indexOf("-Xmx200m");
        assertTrue(plugins >= 0 && users > plugins && users < command.indexOf("-cp"), command.toString());
        assertTrue(Files.isRegularFile(guide.build().guides().get(OutputFormat.PDF)));
    }

    /** A forked build saves its state for the next build, which finds the guides up to date in Maven's JVM. */
    @Test
    void aForkedBuildLeavesItsStateForTheNext() throws Exception {
        GuideConfig config = config(SAMPLE, out).build();
        BuildResult built = forked(config, new RecordingLog()).build();
        assertTrue(Files.isRegularFile(built.guides().get(OutputFormat.PDF)));

        RecordingLog next = new RecordingLog();
        StudyGuide again = new StudyGuide(config, next);
        assertEquals(built.guides(), again.upToDate(again.state()).orElseThrow().guides());
        assertTrue(next.at("INFO").get(0).startsWith("Study guide is up to date ("), next.at("INFO").toString());
    }
}
