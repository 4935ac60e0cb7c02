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
 * the file's content, so that copies of one drawing in several lesson folders are tried once. One instance serves
 * one build; thread-safe.
 */
public final class ImageVerdicts {

    private final Map<Path, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

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
        return verdicts.computeIfAbsent(extension(normalized) + ":" + hash, key -> ImageFiles.problem(normalized));
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
