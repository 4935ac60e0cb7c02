package io.github.studyguide.watch;

import io.github.studyguide.diagnostics.BuildLog;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Tells which files of a folder changed. Two ways: the file system's own events ({@link EventWatcher}), or, where
 * it gives none, comparing the folder's files every few hundred milliseconds ({@link PollingWatcher}).
 */
public interface SourceWatcher extends Closeable {

    /**
     * File systems whose changes made on another machine (the host of a container or virtual machine, a file server)
     * raise no events here, although the JDK's watch service accepts them: these are polled.
     */
    Set<String> POLLED_FILE_SYSTEMS = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "9p", "v9fs", "vboxsf",
            "prl_fs", "drvfs", "fuse.sshfs", "fuse.grpcfuse", "fakeowner", "fuse.osxfs", "afpfs", "webdav");

    /**
     * Waits up to {@code timeout} for changes and returns those seen, or {@link ChangeSet#NONE}.
     *
     * @throws InterruptedException if the thread is interrupted while it waits, as the watch is stopped
     */
    ChangeSet poll(Duration timeout) throws IOException, InterruptedException;

    /**
     * Watches {@code root} and everything under it but {@code skipped} (the output folder, should it lie inside),
     * with the file system's events where it gives them.
     */
    static SourceWatcher open(Path root, Path skipped, BuildLog log) throws IOException {
        String type = Files.getFileStore(root).type().toLowerCase(Locale.ROOT);
        if (POLLED_FILE_SYSTEMS.contains(type)) {
            log.info("Watching " + root + " by comparing its files every " + PollingWatcher.INTERVAL.toMillis()
                    + " ms: its file system (" + type + ") does not report changes made elsewhere");
            return new PollingWatcher(root, skipped);
        }
        try {
            return new EventWatcher(root, skipped, FileSystems.getDefault().newWatchService());
        } catch (UnsupportedOperationException | IOException e) {
            log.info("Watching " + root + " by comparing its files every " + PollingWatcher.INTERVAL.toMillis()
                    + " ms: this system gives no file events (" + e.getMessage() + ")");
            return new PollingWatcher(root, skipped);
        }
    }

    /**
     * Whether a change to this file is an editor's own business, not the author's: swap and backup files, and the
     * file vim creates to test whether it may write to a folder. Rebuilding for them would only find nothing to do.
     */
    static boolean isEditorScratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".tmp")
                || name.equals("4913") || name.startsWith(".#") || (name.startsWith("#") && name.endsWith("#"));
    }
}
