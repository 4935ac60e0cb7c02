package io.github.studyguide.course;

import java.util.List;

/**
 * The whole course in reading order: sections by number, lessons by lesson number and order.
 *
 * @param sections the sections in reading order
 */
public record Course(List<Section> sections) {

    public Course {
        sections = List.copyOf(sections);
    }

    public int lessonCount() {
        return sections.stream().mapToInt(s -> s.lessons().size()).sum();
    }
}
