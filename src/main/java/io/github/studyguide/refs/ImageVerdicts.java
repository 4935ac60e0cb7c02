package io.github.studyguide.refs;

import io.github.studyguide.internal.ContentHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link ImageFiles} says of each local image, decided once per build: the checks and the renderer both ask,
 * and for an SVG the answer means parsing the whole drawing and letting Batik try to draw it. The verdict is kept by
 * the file's content, so that copies of one drawing in several lesson folders are tried once; an SVG's verdict is
 * also kept between builds in a {@link Store} (the lesson cache), so that a build after an edit tries only the
 * drawings that changed. One instance serves one build; thread-safe.
 */
public final class ImageVerdicts {

    /**
     * Verdicts kept between builds, by a key of the image's content (and extension); what else decides a verdict
     * (the plugin and Batik) is the store's to add to the key. Must be thread-safe.
     */
    public interface Store {

        /** Keeps nothing. */
        Store NONE = new Store() {
            @Override
            public Optional<Optional<String>> verdict(String key) {
                return Optional.empty();
            }

            @Override
            public void putVerdict(String key, Optional<String> problem) {
            }
        };

        /** The verdict kept under {@code key}: the problem, or empty when the image can go in; empty when none is kept. */
        Optional<Optional<String>> verdict(String key);

        void putVerdict(String key, Optional<String> problem);
    }

    private final Map<Path, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();
    private final Store store;

    /** Verdicts for one build, kept nowhere else. */
    public ImageVerdicts() {
        this(Store.NONE);
    }

    /** Verdicts for one build, SVG verdicts read from and kept in {@code store}. */
    public ImageVerdicts(Store store) {
        this.store = store;
    }

    /** Why the image cannot go into the guides, or empty when it can. */
    public Optional<String> problem(Path image) {
        Path normalized = image.toAbsolutePath().normalize();
        String hash;
        try {
            hash = hashes.computeIfAbsent(normalized, ImageVerdicts::hash);
        } catch (UncheckedIOException e) {
            return ImageFiles.problem(normalized); // unreadable: says so itself, and is not worth keeping
        }
        // The file name's extension decides how the bytes are read, so it is part of the key.
        return verdicts.computeIfAbsent(extension(normalized) + ":" + hash, key -> decide(normalized, key));
    }

    /**
     * Only an SVG's verdict is worth keeping between builds: other images are judged from their first bytes, and
     * an unreadable file says so again next time.
     */
    private Optional<String> decide(Path image, String key) {
        if (!SvgImages.isSvg(image)) {
            return ImageFiles.problem(image);
        }
        Optional<Optional<String>> kept = store.verdict(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<String> problem = ImageFiles.problem(image);
        store.putVerdict(key, problem);
        return problem;
    }

    private static String hash(Path file) {
        try {
            return ContentHash.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name's extension, lower case. */
    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
