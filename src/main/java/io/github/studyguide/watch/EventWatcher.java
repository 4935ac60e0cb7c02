package io.github.studyguide.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches a folder tree through the file system's own events ({@link WatchService}, inotify on Linux). The JDK
 * watches one folder at a time, so every folder is registered, and a folder created later as soon as its event
 * arrives, together with whatever it already holds. Links are not followed, as the scanner follows none. Not
 * thread-safe: one watch loop polls it.
 */
final class EventWatcher implements SourceWatcher {

    private final Path root;
    private final Path skipped;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    EventWatcher(Path root, Path skipped, WatchService service) throws IOException {
        this.root = root;
        this.skipped = skipped;
        this.service = service;
        try {
            register(root, new TreeSet<>());
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    @Override
    public ChangeSet poll(Duration timeout) throws IOException, InterruptedException {
        WatchKey key;
        try {
            key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("the watch was closed");
        }
        TreeSet<String> changed = new TreeSet<>();
        boolean unnamed = false;
        while (key != null) {
            Path folder = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                    unnamed = true;
                    continue;
                }
                Path file = folder.resolve((Path) event.context());
                String name = file.getFileName().toString();
                boolean isFolder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                if (SourceWatcher.isEditorScratch(name) || (isFolder && name.startsWith("."))) {
                    continue;
                }
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && isFolder) {
                    register(file, changed); // its files count as created: they may have been moved in whole
                }
                if (!isFolder && !ignored(file)) {
                    changed.add(relative(file));
                }
            }
            if (!key.reset()) {
                folders.remove(key); // the folder went away
            }
            key = service.poll();
        }
        return new ChangeSet(changed, unnamed);
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The output folder and hidden folders (.git, .idea): a commit or an IDE's bookkeeping is not an edit. */
    private boolean ignored(Path file) {
        Path relative = root.relativize(file);
        for (Path name : relative) {
            if (name.toString().startsWith(".") && !name.equals(relative.getFileName())) {
                return true;
            }
        }
        return skipped != null && file.startsWith(skipped);
    }

    /** Registers {@code folder} and those under it, adding the files found to {@code found}. */
    private void register(Path folder, TreeSet<String> found) throws IOException {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (dir.equals(skipped) || (!dir.equals(root) && dir.getFileName().toString().startsWith("."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    found.add(relative(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone again, or unreadable: the build will say so
                }
            });
        } catch (NoSuchFileException e) {
            // created and deleted before we came to it
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
