package io.github.studyguide.layout;

import java.util.List;

/**
 * A section as a layout gives it.
 *
 * @param number the section number
 * @param title its title
 * @param lessons its lessons in reading order
 */
public record PlannedSection(int number, String title, List<PlannedLesson> lessons) {

    public PlannedSection {
        lessons = List.copyOf(lessons);
    }
}
