package io.github.studyguide.fork;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideSettings;
import io.github.studyguide.StudyGuide;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The entry point of a forked build ({@link ForkedGuide}): reads the configuration from standard input, runs the
 * goal named by the first argument ({@code build} or {@code check}), and reports on standard output in
 * {@link ForkProtocol}'s records. Exits with 0 on success, 1 when the user's lessons or settings are at fault (after
 * an {@code F} record), 2 when the build itself failed (after an {@code X} record; the stack trace on standard
 * error), 3 when the plugin went away first.
 */
public final class ForkedGuideMain {

    private ForkedGuideMain() {
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // UTF-8 whatever the platform's encoding, as the plugin reads it; and anything a library prints must not
        // be taken for a record.
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.setOut(System.err);
        int exit;
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            Properties settings = readSettings(in);
            stopWhenThePluginIsGone(in);
            exit = run(args[0], settings, Boolean.parseBoolean(args[1]), protocol);
        } catch (Throwable e) {
            send(protocol, ForkProtocol.CRASH, chain(e));
            e.printStackTrace();
            exit = 2;
        }
        protocol.flush();
        System.exit(exit);
    }

    /** The settings, up to the line that ends them; the plugin keeps standard input open after it. */
    private static Properties readSettings(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.equals(ForkProtocol.END_OF_SETTINGS); line = in.readLine()) {
            text.append(line).append('\n');
        }
        Properties settings = new Properties();
        settings.load(new StringReader(text.toString()));
        return settings;
    }

    /**
     * Ends this JVM when its standard input closes: the plugin closes it only after this JVM has ended, so an end
     * of input means that Maven is gone (killed, or stopped without its shutdown hooks), and the build is no
     * longer wanted. Guides are written whole or not at all, so stopping halfway leaves the last good ones.
     */
    private static void stopWhenThePluginIsGone(BufferedReader in) {
        Thread watch = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // nothing more is sent; read until the pipe closes
                }
            } catch (IOException e) {
                // closed all the same
            }
            Runtime.getRuntime().halt(3);
        }, "studyguide-plugin-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static int run(String goal, Properties settings, boolean debug, PrintStream protocol) throws IOException {
        GuideConfig config = GuideSettings.fromProperties(settings);
        StudyGuide guide = new StudyGuide(config, new ProtocolLog(protocol, debug));
        try {
            if (goal.equals("check")) {
                guide.check();
            } else {
                BuildResult result = guide.build();
                result.guides().forEach((format, file) ->
                        send(protocol, ForkProtocol.GUIDE, format.name() + " " + file));
                result.handouts().forEach((section, file) ->
                        send(protocol, ForkProtocol.HANDOUT, section + " " + file));
            }
            return 0;
        } catch (GuideException e) {
            send(protocol, ForkProtocol.FAILURE, e.getMessage());
            return 1;
        }
    }

    /** Each exception of the chain, as its class and message: the first thing to read of a crash. */
    private static String chain(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("\ncaused by ").append(cause);
        }
        return text.toString();
    }

    private static void send(PrintStream protocol, char kind, String text) {
        protocol.println(ForkProtocol.write(kind, text)); // println holds the stream's lock: one record at a time
    }

    /** The build's log, as records; debug messages only when Maven runs with {@code -X}. */
    private record ProtocolLog(PrintStream protocol, boolean debug) implements BuildLog {

        @Override
        public void debug(String message) {
            if (debug) {
                send(protocol, ForkProtocol.DEBUG, message);
            }
        }

        @Override
        public void info(String message) {
            send(protocol, ForkProtocol.INFO, message);
            protocol.flush(); // progress shows as it happens
        }

        @Override
        public void warn(String message) {
            send(protocol, ForkProtocol.WARN, message);
        }

        @Override
        public void error(String message) {
            send(protocol, ForkProtocol.ERROR, message);
        }
    }
}
