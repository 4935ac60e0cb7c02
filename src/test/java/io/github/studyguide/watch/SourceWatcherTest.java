package io.github.studyguide.watch;

import io.github.studyguide.diagnostics.BuildLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both ways of seeing changes name the same files, and neither sees the output folder or hidden folders. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SourceWatcherTest {

    @TempDir
    Path root;

    @Test
    void fileEventsNameEditsNewFoldersAndDeletions() throws Exception {
        try (SourceWatcher watcher = new EventWatcher(root, root.resolve("target"), FileSystems.getDefault().newWatchService())) {
            seesTheAuthorsChangesOnly(watcher);
        }
    }

    @Test
    void pollingNamesTheSameChanges() throws Exception {
        try (SourceWatcher watcher = new PollingWatcher(root, root.resolve("target"))) {
            seesTheAuthorsChangesOnly(watcher);
        }
    }

    @Test
    void aLocalFolderIsWatchedThroughItsEvents() throws IOException {
        try (SourceWatcher watcher = SourceWatcher.open(root, root.resolve("target"), BuildLog.SILENT)) {
            String type = Files.getFileStore(root).type();
            assertEquals(!SourceWatcher.POLLED_FILE_SYSTEMS.contains(type), watcher instanceof EventWatcher, type);
        }
    }

    private void seesTheAuthorsChangesOnly(SourceWatcher watcher) throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("01-intro.md"), "# Intro\n");
        assertEquals(new TreeSet<>(java.util.List.of("01-intro.md")), changes(watcher, 1).files());

        Path part = Files.createDirectories(root.resolve("02-part"));
        Files.writeString(part.resolve("01-lesson.md"), "# Lesson\n");
        assertTrue(changes(watcher, 1).and(changes(watcher, 0)).files().contains("02-part/01-lesson.md"),
                "a file in a folder created meanwhile");

        Files.writeString(root.resolve(".git/index"), "commit");
        Files.writeString(root.resolve("target/guide.pdf"), "%PDF");
        Files.writeString(root.resolve(".01-intro.md.swp"), "vim");
        assertTrue(watcher.poll(Duration.ofMillis(1200)).isEmpty(), "the output folder, .git and swap files");

        Files.delete(root.resolve("01-intro.md"));
        assertEquals(new TreeSet<>(java.util.List.of("01-intro.md")), changes(watcher, 1).files());
    }

    /** The changes seen within a few seconds, once at least {@code atLeast} files were named. */
    private static ChangeSet changes(SourceWatcher watcher, int atLeast) throws Exception {
        ChangeSet seen = ChangeSet.NONE;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            seen = seen.and(watcher.poll(Duration.ofMillis(500)));
        } while (seen.files().size() < atLeast && System.nanoTime() < giveUp);
        // what else the same change raises, such as a folder's own event after its file's
        return seen.and(watcher.poll(Duration.ofMillis(300)));
    }
}
