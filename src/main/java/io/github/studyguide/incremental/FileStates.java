package io.github.studyguide.incremental;

import io.github.studyguide.internal.ContentHash;
import io.github.studyguide.refs.ConsultedFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rendered lesson depends on in the lesson folder besides its own file: the state of each file its
 * references consulted (an image, a drawing, a page a link may mean), so that the lesson cache keeps the lesson
 * while those files stay as they were, and renders it again when one of them changed, appeared or vanished. A
 * file's state is that it is no regular file, or that a symbolic link leads it out of the folder (the build does
 * not read it then), or else that it exists (for a page a link may mean) or its content hash (for an image). Files are named relative to the lesson folder with {@code /}, so that
 * the cache outlives a move of the project. One instance serves one build and states each file once; thread-safe.
 */
public final class FileStates {

    /** No file: nothing is recorded and every recorded state counts as unchanged (no cache is kept either). */
    public static final FileStates NONE = new FileStates(null);

    private static final String NO_FILE = "none";
    private static final String OUTSIDE = "outside";
    private static final String UNREADABLE = "unreadable";
    private static final String EXISTS = "exists";
    /** Before a content hash, so that no hash reads as one of the other states. */
    private static final String HASHED = "#";

    private final Path root;
    private final Path realRoot;
    private final Map<String, String> existences = new ConcurrentHashMap<>();
    private final Map<String, String> contents = new ConcurrentHashMap<>();

    private FileStates(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        Path real = this.root;
        if (root != null) {
            try {
                real = this.root.toRealPath();
            } catch (IOException e) {
                real = this.root; // no folder: every file in it is NO_FILE anyway
            }
        }
        this.realRoot = real;
    }

    /** The states of files in {@code sourceDirectory}, as they are during this build. */
    public static FileStates of(Path sourceDirectory) {
        return new FileStates(sourceDirectory);
    }

    /** A recording of the files one lesson's references consult, for {@link LessonCache#put}. */
    public Recording recording() {
        return new Recording();
    }

    /**
     * The files one lesson's references consulted, each with its state: by content for an image, by existence
     * alone for a page a link may mean (a link goes to a lesson's anchor, whatever the lesson says). Thread-safe.
     */
    public final class Recording implements ConsultedFiles {

        private final Map<String, String> states = new ConcurrentHashMap<>();

        private Recording() {
        }

        @Override
        public void existence(Path file) {
            relativeName(file).ifPresent(name -> states.putIfAbsent(name, existenceState(name)));
        }

        @Override
        public void content(Path file) {
            relativeName(file).ifPresent(name -> states.put(name, contentState(name)));
        }

        /** Each file consulted, by its name relative to the lesson folder, with the state it had. */
        public SortedMap<String, String> states() {
            return new TreeMap<>(states);
        }
    }

    /** Whether every file still has the state recorded for it. */
    public boolean unchanged(Map<String, String> recorded) {
        if (root == null) {
            return true;
        }
        for (Map.Entry<String, String> file : recorded.entrySet()) {
            String state = EXISTS.equals(file.getValue()) ? existenceState(file.getKey()) : contentState(file.getKey());
            if (!state.equals(file.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A file's name relative to the lesson folder, with {@code /}; none outside it, which is never read. */
    private Optional<String> relativeName(Path file) {
        if (root == null) {
            return Optional.empty();
        }
        Path normalized = file.toAbsolutePath().normalize();
        return normalized.startsWith(root) ? Optional.of(relative(normalized)) : Optional.empty();
    }

    private String relative(Path normalized) {
        return root.relativize(normalized).toString().replace(normalized.getFileSystem().getSeparator(), "/");
    }

    /** A regular file inside the folder is {@link #EXISTS}, whatever its content: links need no more. */
    private String existenceState(String relative) {
        return existences.computeIfAbsent(relative, name -> {
            Path file = root.resolve(name);
            if (!Files.isRegularFile(file)) {
                return NO_FILE;
            }
            try {
                return file.toRealPath().startsWith(realRoot) ? EXISTS : OUTSIDE;
            } catch (IOException e) {
                return NO_FILE; // vanished since: what a reference resolved now would find
            }
        });
    }

    /** An existing file by its content hash; else what {@link #existenceState} says. */
    private String contentState(String relative) {
        return contents.computeIfAbsent(relative, name -> {
            String existence = existenceState(name);
            if (!existence.equals(EXISTS)) {
                return existence;
            }
            try {
                return HASHED + ContentHash.of(root.resolve(name));
            } catch (IOException e) {
                return UNREADABLE; // the image's verdict says so; once it can be read, its state changes
            }
        });
    }
}
