package io.github.studyguide.maven;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.preview.PreviewServer;
import io.github.studyguide.watch.WatchSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds the study guide, then watches the lesson folder and builds again after each change, in the same JVM,
 * until stopped with Ctrl-C: the author's loop. Takes every parameter of {@code build}; never forks, since the JVM
 * it keeps warm is the point. With {@code serve}, it also serves a live preview of the guide.
 *
 * @since 0.2.0
 */
// Thin as the other goals: the loop is WatchSession's, the preview PreviewServer's, and neither knows Maven.
@Mojo(name = "watch", threadSafe = true, requiresProject = false)
public class WatchMojo extends BuildMojo {

    /** How long Ctrl-C waits for a rebuild under way to end, so that it leaves no temporary file. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /**
     * Serves a live preview of the guide on {@code http://127.0.0.1:<servePort>/} while watching: the contents, each
     * lesson as the EPUB renders it, and links to the current PDF and EPUB; the page reloads after each rebuild. It
     * listens on the loopback interface only, and serves nothing but what the build generated.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.serve", defaultValue = "false")
    private boolean serve;

    /**
     * The port of the live preview ({@link #serve}); {@code 0} takes any free port, which the log names.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.servePort", defaultValue = "8000")
    private int servePort;

    @Override
    void run(GuideRun run) throws GuideException, IOException {
        GuideConfig config = run.config();
        BuildLog log = run.log();
        Optional<PreviewServer> preview = serve
                ? Optional.of(PreviewServer.start(servePort, config.outputDirectory(), config.title()))
                : Optional.empty();
        preview.ifPresent(server -> log.info("Preview on " + server.address()));
        Consumer<BuildResult> publish = result -> preview.ifPresent(server -> {
            try {
                server.publish(result);
            } catch (IOException e) {
                log.warn("The preview still shows the last build: could not read the new guides (" + e + ")");
            }
        });
        WatchSession session = new WatchSession(config, log, publish);
        // Ctrl-C ends Maven's JVM through its shutdown hooks; this one lets a rebuild under way finish first.
        Thread stop = new Thread(() -> {
            try {
                session.stop(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "studyguide-watch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            session.run();
        } finally {
            preview.ifPresent(PreviewServer::close);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is what ended the loop
            }
        }
    }
}
