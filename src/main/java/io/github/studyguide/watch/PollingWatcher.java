package io.github.studyguide.watch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches a folder tree by walking it every {@link #INTERVAL} and comparing each file's size and time of last
 * change with the walk before: for file systems that give no events. A walk of 2,000 lessons reads only the
 * folders, not the files. Not thread-safe: one watch loop polls it.
 */
final class PollingWatcher implements SourceWatcher {

    /** Short enough that a rebuild starts within half a second of the save, long enough to cost nothing. */
    static final Duration INTERVAL = Duration.ofMillis(400);

    private record Stamp(long size, long modified) {
    }

    private final Path root;
    private final Path skipped;
    private Map<String, Stamp> last;

    PollingWatcher(Path root, Path skipped) throws IOException {
        this.root = root;
        this.skipped = skipped;
        this.last = walk();
    }

    @Override
    public ChangeSet poll(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Thread.sleep(Math.max(1, Math.min(INTERVAL.toMillis(), (deadline - System.nanoTime()) / 1_000_000)));
            Map<String, Stamp> now = walk();
            TreeSet<String> changed = new TreeSet<>();
            now.forEach((name, stamp) -> {
                if (!Objects.equals(last.get(name), stamp)) {
                    changed.add(name);
                }
            });
            last.keySet().stream().filter(name -> !now.containsKey(name)).forEach(changed::add);
            last = now;
            if (!changed.isEmpty() || System.nanoTime() >= deadline) {
                return ChangeSet.of(changed);
            }
        }
    }

    private Map<String, Stamp> walk() throws IOException {
        Map<String, Stamp> stamps = new HashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(skipped) || (!dir.equals(root) && dir.getFileName().toString().startsWith("."))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!SourceWatcher.isEditorScratch(file.getFileName().toString())) {
                    stamps.put(root.relativize(file).toString().replace('\\', '/'),
                            new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone between listing and reading: the next walk sees it gone
            }
        });
        return stamps;
    }

    @Override
    public void close() {
        // holds nothing open
    }
}
