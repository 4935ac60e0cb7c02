package io.github.studyguide.pdf;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDF parts a watch session keeps read and prepared between its builds, so that a part that did not change is
 * neither read from the part cache again nor, at an unchanged place in the guide, compiled again
 * ({@link PreparedPart}). Each guide the build writes (the guide, the instructor edition) has its own; a build
 * keeps only the parts it used. A build outside a watch session starts with an empty one, used within that build
 * alone.
 */
public final class PreparedParts {

    private final Map<String, Map<String, GuideJoin.Part>> byGuide = new ConcurrentHashMap<>();

    /** The part of {@code key} in guide {@code guide}, as an earlier build kept it. Safe on any thread. */
    Optional<GuideJoin.Part> kept(String guide, String key) {
        return Optional.ofNullable(byGuide.getOrDefault(guide, Map.of()).get(key));
    }

    /** Keeps a part of guide {@code guide} for the next build. Safe on any thread. */
    void keep(String guide, String key, GuideJoin.Part part) {
        byGuide.computeIfAbsent(guide, g -> new ConcurrentHashMap<>()).put(key, part);
    }

    /** Forgets guide {@code guide}'s parts but those of {@code keys}. */
    void retainOnly(String guide, Set<String> keys) {
        Map<String, GuideJoin.Part> parts = byGuide.get(guide);
        if (parts != null) {
            parts.keySet().retainAll(keys);
        }
    }
}
