package io.github.studyguide.pdf;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDF parts a watch session keeps read and prepared between its builds, so that a part that did not change is
 * neither read again nor, at an unchanged place in the guide, compiled again ({@link PreparedPart}). Each guide the
 * build writes (the guide, the instructor edition) has its own; a build keeps only the parts it used. A build
 * outside a watch session starts with an empty one, used within that build alone.
 */
public final class PreparedParts {

    private final Map<String, Map<String, PreparedPart>> byGuide = new ConcurrentHashMap<>();

    /** A part reading or preparing itself. */
    @FunctionalInterface
    interface Preparation {
        PreparedPart prepare() throws IOException;
    }

    /** The part of {@code key} in guide {@code guide}, prepared now if it is not kept. Safe on any thread. */
    PreparedPart get(String guide, String key, Preparation preparation) throws IOException {
        Map<String, PreparedPart> parts = byGuide.computeIfAbsent(guide, g -> new ConcurrentHashMap<>());
        PreparedPart part = parts.get(key);
        if (part == null) {
            part = preparation.prepare();
            parts.put(key, part);
        }
        return part;
    }

    /** Forgets guide {@code guide}'s parts but those of {@code keys}. */
    void retainOnly(String guide, Set<String> keys) {
        Map<String, PreparedPart> parts = byGuide.get(guide);
        if (parts != null) {
            parts.keySet().retainAll(keys);
        }
    }
}
