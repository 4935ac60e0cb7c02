package io.github.studyguide.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files and symbolic links under a folder, found in one walk that follows no link, by their names relative to
 * the folder with {@code /} separators, sorted: the same names in the same order on every platform. The walk's own
 * file attributes say what each entry is, so that 2,000 lessons cost no further file system calls.
 */
public final class FolderFiles {

    /**
     * @param path the file or link, under the folder walked
     * @param link whether it is a symbolic link (to a file or a folder, in the folder or not, or to nothing)
     */
    public record Entry(Path path, boolean link) {
    }

    private FolderFiles() {
    }

    /**
     * Walks {@code root}, leaving out the folder {@code skipped} (when it lies inside) and everything under it.
     *
     * @param root the folder's real path (a folder that is itself a link is read through)
     * @param skipped a folder to leave out, such as a build's output folder, or {@code null}
     */
    public static SortedMap<String, Entry> under(Path root, Path skipped) throws IOException {
        SortedMap<String, Entry> entries = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.equals(skipped)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                // A Windows junction is a folder to Java, not a link, and the walk enters it: taken for the link it
                // is when it leads out of the folder (with the root's real path, never true of a real subfolder).
                if (!dir.equals(root) && !dir.toRealPath().startsWith(root)) {
                    entries.put(root.relativize(dir).toString().replace('\\', '/'), new Entry(dir, true));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
                    entries.put(root.relativize(file).toString().replace('\\', '/'),
                            new Entry(file, attributes.isSymbolicLink()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return entries;
    }
}
