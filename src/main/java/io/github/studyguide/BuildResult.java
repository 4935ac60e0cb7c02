package io.github.studyguide;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files a build wrote, or found up to date.
 *
 * @param guides the guide in each format
 * @param handouts the PDF handout of each section, by section number; empty unless handouts were asked for
 */
public record BuildResult(Map<OutputFormat, Path> guides, SortedMap<Integer, Path> handouts) {

    public BuildResult {
        guides = Map.copyOf(guides);
        handouts = Collections.unmodifiableSortedMap(new TreeMap<>(handouts));
    }
}
