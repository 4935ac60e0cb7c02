package io.github.studyguide.fork;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideSettings;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs a build or a check in a JVM of its own, started with the JVM's quick compiler only
 * ({@code -XX:TieredStopAtLevel=1}). A guide build runs a great deal of library code a few thousand times, and on
 * a machine with few cores the optimising compiler spends more CPU compiling it than the build spends running it
 * (docs/performance.md, "fork"). Only the JVM's command line can choose its compilers, hence a JVM of its own.
 *
 * <p>The forked JVM gets the same maximum heap, locale, time zone and encoding as this one, the same classes (the
 * plugin's class path) and the configuration on its standard input; it reports what the build logs and writes as {@link ForkProtocol} records,
 * which this class passes to the log as they come. Its standard error (the JVM's own warnings, a crash's stack
 * trace) goes to the debug log, and its last lines into the exception when the build fails.
 */
public final class ForkedGuide {

    private static final List<String> INHERITED_PROPERTIES =
            List.of("user.language", "user.country", "user.variant", "user.script", "file.encoding");

    /** How many lines of the forked JVM's standard error a failure quotes. */
    private static final int ERROR_TAIL_LINES = 40;

    private final GuideConfig config;
    private final BuildLog log;
    private final List<Path> classpath;
    private final boolean debug;
    private final List<String> jvmArgs;

    /**
     * @param config the build's configuration
     * @param log where the forked build's messages go
     * @param classpath the plugin's classes and libraries, for the forked JVM
     * @param debug whether the forked build sends its debug messages ({@code mvn -X})
     * @param jvmArgs the user's options for the forked JVM, after the plugin's own, so that they win
     */
    public ForkedGuide(GuideConfig config, BuildLog log, List<Path> classpath, boolean debug, List<String> jvmArgs) {
        this.config = config;
        this.log = log;
        this.classpath = List.copyOf(classpath);
        this.debug = debug;
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    /** As {@link io.github.studyguide.StudyGuide#build()}, in a JVM of its own. */
    public BuildResult build() throws GuideException, IOException {
        return run("build");
    }

    /** As {@link io.github.studyguide.StudyGuide#check()}, in a JVM of its own; the problems go to the log. */
    public void check() throws GuideException, IOException {
        run("check");
    }

    /** The forked JVM's command line, without the goal's arguments. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        String executable = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                ? "java.exe" : "java";
        command.add(Path.of(System.getProperty("java.home"), "bin", executable).toString());
        // Ignored by a JVM that does not know it (not HotSpot), rather than refusing to start.
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xmx" + Runtime.getRuntime().maxMemory());
        command.add("-Djava.awt.headless=true");
        // The same locale, time zone and encoding as Maven's JVM, however they were set (MAVEN_OPTS, the machine):
        // a forked build must behave as it would have here.
        for (String property : INHERITED_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-Duser.timezone=" + TimeZone.getDefault().getID());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(ForkedGuideMain.class.getName());
        return command;
    }

    private BuildResult run(String goal) throws GuideException, IOException {
        List<String> command = command();
        command.add(goal);
        command.add(Boolean.toString(debug));
        log.debug("Forking a JVM: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).start();
        // Maven stopped (Ctrl-C, a CI timeout's TERM): the build goes with it. Were Maven killed outright, the
        // forked JVM sees its standard input close and stops by itself.
        Thread stopWithMaven = new Thread(process::destroyForcibly, "studyguide-fork-stop");
        Runtime.getRuntime().addShutdownHook(stopWithMaven);
        try {
            Deque<String> errorTail = new ArrayDeque<>();
            Thread errors = drainErrors(process, errorTail);
            Records records = new Records();
            Thread output = new Thread(() -> records.read(process), "studyguide-fork-out");
            output.setDaemon(true);
            output.start();
            Writer settings = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            try {
                GuideSettings.toProperties(config).store(settings, null);
                settings.write(ForkProtocol.END_OF_SETTINGS + "\n");
                settings.flush(); // and left open until the JVM ends: its end is the forked build's signal to stop
            } catch (IOException e) {
                log.debug("The forked JVM took no settings (" + e + "); its exit code says why");
            }
            int exit = process.waitFor();
            output.join();
            errors.join();
            if (exit == 0) {
                return new BuildResult(records.guides, records.handouts);
            }
            if (exit == 1 && records.failure != null) {
                throw new GuideException(records.failure);
            }
            if (records.crash != null) {
                throw new IOException("The study guide build failed in its forked JVM: " + records.crash
                        + " (the stack trace is in the -X log)");
            }
            synchronized (errorTail) {
                throw new IOException("The forked JVM of the study guide build failed (exit code " + exit + ")"
                        + (errorTail.isEmpty() ? "" : "; it said:\n" + String.join("\n", errorTail)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the forked JVM built the study guide", e);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly(); // the build failed here or was interrupted: the JVM must not outlive it
            }
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // the JVM is gone; nothing is left to tell it
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopWithMaven);
            } catch (IllegalStateException e) {
                // Maven is shutting down; the hook runs anyway, on a process already ended
            }
        }
    }

    /**
     * What the forked build reported, read on a thread of its own so that the calling thread can wait for the JVM,
     * interruptibly; messages go to the log as they come. Read after the thread has been joined.
     */
    private final class Records {

        final Map<OutputFormat, Path> guides = new EnumMap<>(OutputFormat.class);
        final SortedMap<Integer, Path> handouts = new TreeMap<>();
        String failure;
        String crash;

        void read(Process process) {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    take(line);
                }
            } catch (IOException e) {
                log.debug("Stopped reading the forked JVM's output: " + e);
            }
        }

        private void take(String line) {
            ForkProtocol.Line record = ForkProtocol.read(line);
            if (record == null) {
                log.info(line);
                return;
            }
            String text = record.text();
            switch (record.kind()) {
                case ForkProtocol.DEBUG -> log.debug(text);
                case ForkProtocol.INFO -> log.info(text);
                case ForkProtocol.WARN -> log.warn(text);
                case ForkProtocol.ERROR -> log.error(text);
                case ForkProtocol.GUIDE -> guides.put(OutputFormat.valueOf(before(text)), Path.of(after(text)));
                case ForkProtocol.HANDOUT -> handouts.put(Integer.parseInt(before(text)), Path.of(after(text)));
                case ForkProtocol.FAILURE -> failure = text;
                case ForkProtocol.CRASH -> crash = text;
                default -> log.info(line);
            }
        }
    }

    private Thread drainErrors(Process process, Deque<String> tail) {
        Thread thread = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    log.debug("[forked JVM] " + line);
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > ERROR_TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone; what it said so far is kept
            }
        }, "studyguide-fork-stderr");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String before(String text) {
        return text.substring(0, text.indexOf(' '));
    }

    private static String after(String text) {
        return text.substring(text.indexOf(' ') + 1);
    }
}
