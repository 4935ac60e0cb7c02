package io.github.studyguide.layout;

import io.github.studyguide.diagnostics.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One way authors lay a course out (The Carpentries' {@code config.yaml}, mdBook's {@code SUMMARY.md}, MkDocs'
 * {@code nav}, numbered file names), read into a {@link CoursePlan}. A new layout is one class behind this interface
 * and one line in {@link CourseLayouts}. Implementations are stateless and thread-safe.
 */
interface CourseLayout {

    /**
     * Reads the course's order, recording problems with the layout's own file by that file's path and line.
     *
     * @param root the source folder, absolute and normalized; nothing outside it is read
     * @param files the selected Markdown files
     * @return the plan, or empty when the folder is not laid out this way
     */
    Optional<CoursePlan> plan(Path root, CourseFiles files, Problems problems) throws IOException;

    /** The course's title from the layout's own metadata, without reading the lessons; empty when it has none. */
    Optional<String> title(Path root) throws IOException;

    /**
     * The course's language, a BCP 47 tag, from the layout's own metadata, when the layout has a key for it and the
     * course sets it; empty otherwise.
     */
    default Optional<String> language(Path root) throws IOException {
        return Optional.empty();
    }
}
