package io.github.studyguide.course;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link ImageFiles} says of each local image, decided once per build: the checks and the renderer both ask,
 * and for an SVG the answer means parsing the whole drawing. One instance serves one build; thread-safe.
 */
public final class ImageVerdicts {

    private final Map<Path, Optional<String>> verdicts = new ConcurrentHashMap<>();

    /** Why the image cannot go into the guides, or empty when it can. */
    public Optional<String> problem(Path image) {
        return verdicts.computeIfAbsent(image.toAbsolutePath().normalize(), ImageFiles::problem);
    }
}
