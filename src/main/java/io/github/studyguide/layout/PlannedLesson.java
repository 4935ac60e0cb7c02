package io.github.studyguide.layout;

import java.util.Optional;

/**
 * A lesson as a layout lists it.
 *
 * @param path the file relative to the source folder, with {@code /} separators
 * @param number the lesson number within its section
 * @param order places lessons that share a number (pages of one numbered folder); 0 otherwise
 * @param title the title the layout gives it (a link's text in {@code SUMMARY.md}, a {@code nav} title), if any
 */
public record PlannedLesson(String path, int number, int order, Optional<String> title) {
}
