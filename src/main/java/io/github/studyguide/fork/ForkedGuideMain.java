package io.github.studyguide.fork;

import io.github.studyguide.BuildLog;
import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideException;
import io.github.studyguide.StudyGuide;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The entry point of a forked build ({@link ForkedGuide}): reads the configuration from standard input, runs the
 * goal named by the first argument ({@code build} or {@code check}), and reports on standard output in
 * {@link ForkProtocol}'s records. Exits with 0 on success, 1 when the user's lessons or settings are at fault (after
 * an {@code F} record), 2 when the build itself failed (the cause on standard error).
 */
public final class ForkedGuideMain {

    private ForkedGuideMain() {
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // Anything a library prints must not be taken for a record.
        System.setOut(System.err);
        int exit;
        try {
            exit = run(args[0], Boolean.parseBoolean(args[1]), protocol);
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 2;
        }
        protocol.flush();
        System.exit(exit);
    }

    private static int run(String goal, boolean debug, PrintStream protocol) throws Exception {
        Properties settings = new Properties();
        try (Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        StudyGuide guide = new StudyGuide(ConfigCodec.decode(settings), new ProtocolLog(protocol, debug));
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
