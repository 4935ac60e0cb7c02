package io.github.studyguide.watch;

import io.github.studyguide.GuideConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Watches, beside the lesson folder, the files outside it that the guides are made of: the cover image and the
 * author's font files, which a project may keep anywhere in its folder. They are few, so they are compared by size
 * and modification time each time the folder's watcher answers (every quarter second while the watch waits); a
 * change to one is named by its path as the configuration gives it.
 */
final class OutsideFiles implements SourceWatcher {

    /** What a file looked like: absent, or its size and modification time. */
    private record Stamp(boolean exists, long size, long modified) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(true, attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return new Stamp(false, 0, 0);
            }
        }
    }

    private final SourceWatcher folder;
    private final Map<Path, Stamp> files = new LinkedHashMap<>();

    private OutsideFiles(SourceWatcher folder, List<Path> outside) {
        this.folder = folder;
        outside.forEach(file -> files.put(file, Stamp.of(file)));
    }

    /** {@code folder}'s watcher, and the configuration's files outside {@code root} beside it, if it has any. */
    static SourceWatcher around(SourceWatcher folder, GuideConfig config, Path root) {
        List<Path> outside = of(config, root);
        return outside.isEmpty() ? folder : new OutsideFiles(folder, outside);
    }

    /** The cover image and the font files of {@code config} that lie outside {@code root}. */
    static List<Path> of(GuideConfig config, Path root) {
        List<Path> found = new ArrayList<>();
        config.coverImage().ifPresent(found::add);
        for (List<String> fonts : List.of(config.fonts(), config.codeFonts())) {
            // A font in a jar (classpath:) changes only with the project's dependencies, which need a new run.
            fonts.stream().map(String::strip).filter(font -> !font.isEmpty() && !font.startsWith("classpath:"))
                    .forEach(font -> found.add(config.projectDirectory().resolve(font)));
        }
        return found.stream()
                .map(path -> path.toAbsolutePath().normalize())
                .filter(path -> !path.startsWith(root))
                .distinct()
                .toList();
    }

    @Override
    public ChangeSet poll(Duration timeout) throws IOException, InterruptedException {
        ChangeSet inside = folder.poll(timeout);
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<Path, Stamp> file : files.entrySet()) {
            Stamp now = Stamp.of(file.getKey());
            if (!Objects.equals(now, file.getValue())) {
                file.setValue(now);
                changed.add(file.getKey().toString());
            }
        }
        return changed.isEmpty() ? inside : inside.and(ChangeSet.of(changed));
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
