package io.github.studyguide.watch;

import io.github.studyguide.pdf.PreparedParts;
import io.github.studyguide.BuildResult;
import io.github.studyguide.BuildWork;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.StudyGuide;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.github.studyguide.internal.Text.count;

/**
 * The author's loop: builds the guides once, then watches the lesson folder and, once a change has settled,
 * builds again in the same JVM, where the renderer is warm and the caches of the last build tell what to redo.
 * Each rebuild is a whole build of the core, so its guides have the bytes of a clean build of the same lessons; the
 * guides are replaced atomically, so that a PDF viewer reloads a complete file. A rebuild that fails leaves the
 * last good guides and the loop goes on. Knows nothing of Maven. {@link #run()} on one thread, {@link #stop} from
 * any other.
 */
public final class WatchSession {

    /** Quiet this long after a change before the rebuild starts: an editor's save is often several writes. */
    static final Duration SETTLE = Duration.ofMillis(200);

    /** Files that keep changing (a copy of many images) still get a rebuild this often. */
    static final Duration LONGEST_SETTLE = Duration.ofSeconds(2);

    /** How often the loop looks whether it was stopped while no change comes. */
    private static final Duration STOP_CHECK = Duration.ofMillis(250);

    private final GuideConfig config;
    private final BuildLog log;
    private final Consumer<BuildResult> built;
    private final CountDownLatch ended = new CountDownLatch(1);
    /** The PDF parts read and prepared by one build, for the next: an unchanged part is not read or compiled again. */
    private final PreparedParts prepared = new PreparedParts();
    private volatile boolean stopped;
    private int rebuilds;
    /** The warnings of the last build that ran, which a rebuild does not repeat; on the loop's thread only. */
    private Set<String> lastWarnings = Set.of();

    /**
     * @param config the build's configuration
     * @param log where the first build reports as any build, and each rebuild in one line and its lessons' problems
     * @param built told of each build that wrote (or found up to date) the guides, on the loop's thread
     */
    public WatchSession(GuideConfig config, BuildLog log, Consumer<BuildResult> built) {
        this.config = config;
        this.log = log;
        this.built = built;
    }

    /** Builds, then rebuilds after each change until {@link #stop} is called or the thread is interrupted. */
    public void run() throws GuideException, IOException {
        Path root = config.sourceDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            ended.countDown();
            throw new GuideException("The lesson folder " + root + " does not exist; create it or point sourceDirectory"
                    + " at your lessons.");
        }
        // Watching starts before the first build, so that an edit saved while it runs is not missed.
        try (SourceWatcher watcher = OutsideFiles.around(
                SourceWatcher.open(root, config.outputDirectory().toAbsolutePath().normalize(), log), config, root)) {
            buildFirst();
            log.info("Watching " + root + " for changes; stop with Ctrl-C");
            while (!stopped) {
                ChangeSet changes = watcher.poll(STOP_CHECK);
                if (!changes.isEmpty() && !stopped) {
                    rebuild(settle(watcher, changes));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped while it waited for a change
        } finally {
            removeLeftovers();
            ended.countDown();
        }
    }

    /**
     * Ends the loop: at once when it waits for changes, else once the running build ends, which leaves either the
     * last good guides or the new ones, and no temporary file.
     *
     * @return whether the loop ended within {@code wait}
     */
    public boolean stop(Duration wait) throws InterruptedException {
        stopped = true;
        if (ended.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        // The JVM is about to end in the middle of a build, whose temporary files would stay behind.
        removeLeftovers();
        return false;
    }

    /** How many rebuilds have ended, well or not, since the first build. */
    public synchronized int rebuilds() {
        return rebuilds;
    }

    /** Waits until the changes stop for {@link #SETTLE}, adding what changes meanwhile. */
    private ChangeSet settle(SourceWatcher watcher, ChangeSet first) throws IOException, InterruptedException {
        ChangeSet changes = first;
        long giveUp = System.nanoTime() + LONGEST_SETTLE.toNanos();
        while (System.nanoTime() < giveUp) {
            ChangeSet more = watcher.poll(SETTLE);
            if (more.isEmpty()) {
                break;
            }
            changes = changes.and(more);
        }
        return changes;
    }

    private void buildFirst() {
        // Shows everything, as any build; what it warned about is what rebuilds need not repeat.
        RebuildLog shown = RebuildLog.firstBuild(log);
        try {
            built.accept(new StudyGuide(config, shown, prepared).build());
        } catch (GuideException | IOException e) {
            log.error(failure(e) + "; fix it and save: the watch goes on");
        }
        lastWarnings = shown.warnings();
    }

    private void rebuild(ChangeSet changes) {
        long start = System.nanoTime();
        RebuildLog quiet = new RebuildLog(log, changes.files(), lastWarnings);
        StudyGuide guide = new StudyGuide(config, quiet, prepared);
        try {
            BuildResult result = guide.build();
            if (!guide.work().equals(BuildWork.NOTHING)) {
                lastWarnings = quiet.warnings();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            log.info("Rebuilt after a change to " + changes.describe() + ": " + describe(guide.work()) + " in "
                    + millis + " ms" + (quiet.otherWarnings() == 0 ? ""
                    : " (" + count(quiet.otherWarnings(), "earlier warning") + " not repeated)"));
            built.accept(result);
        } catch (GuideException | IOException e) {
            log.error("Rebuild after a change to " + changes.describe() + " failed: " + failure(e)
                    + "; the last good guides stay in place");
            lastWarnings = quiet.warnings();
        } finally {
            synchronized (this) {
                rebuilds++;
            }
        }
    }

    private static String failure(Exception e) {
        return e instanceof GuideException ? e.getMessage() : e.toString();
    }

    /** "1 of 500 lessons rendered, 1 of 22 PDF parts laid out again"; "the guides were up to date". */
    static String describe(BuildWork work) {
        if (work.equals(BuildWork.NOTHING)) {
            return "the guides were up to date";
        }
        String lessons = work.lessonsRendered() + " of " + count(work.lessons(), "lesson") + " rendered";
        return work.pdfParts() == 0 ? lessons : lessons + ", " + work.pdfPartsLaidOut() + " of "
                + count(work.pdfParts(), "PDF part") + " laid out again";
    }

    /**
     * A build stopped halfway by the end of the JVM leaves its temporary files (the guides', the handouts', the
     * caches'); they go with the watch. Each is a hidden {@code .part} file that names the guide's finalName, or lies
     * in the PDF's part cache.
     */
    private void removeLeftovers() {
        Path output = config.outputDirectory();
        Path cache = output.resolve(".studyguide-cache");
        String guide = "." + config.finalName();
        try {
            removeParts(output, guide);
            removeParts(cache, guide);
            removeParts(cache.resolve(config.finalName() + "-pdf"), ".");
        } catch (IOException e) {
            log.debug("Could not remove the temporary files of a stopped build: " + e);
        }
    }

    private static void removeParts(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, file ->
                file.getFileName().toString().startsWith(prefix) && file.getFileName().toString().endsWith(".part"))) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }
}
