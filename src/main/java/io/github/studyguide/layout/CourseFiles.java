package io.github.studyguide.layout;

import java.util.List;
import java.util.Set;

/**
 * The Markdown files the includes and excludes select, as a layout sees them.
 *
 * @param all every selected file relative to the source folder, sorted by path
 * @param placedByFrontMatter those whose front matter gives their {@code section} or {@code lesson}: front matter
 *     wins over the layout where it says
 */
public record CourseFiles(List<String> all, Set<String> placedByFrontMatter) {

    public CourseFiles {
        all = List.copyOf(all);
        placedByFrontMatter = Set.copyOf(placedByFrontMatter);
    }

    /** The files the layout must place, sorted by path. */
    public List<String> unplaced() {
        return all.stream().filter(path -> !placedByFrontMatter.contains(path)).toList();
    }

    public boolean contains(String path) {
        return all.contains(path);
    }
}
