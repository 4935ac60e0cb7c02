package io.github.studyguide.course;

import io.github.studyguide.scan.ParsedFile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A section of the course: its lessons in reading order and, when the author wrote one, a section page whose body
 * introduces it.
 *
 * @param number the section number
 * @param title the section's own title: from its section page, else from the lessons' slug, else "Section N"
 * @param page the section page, if any
 * @param lessons the lessons in reading order
 */
public record Section(int number, String title, Optional<ParsedFile> page, List<Lesson> lessons) {

    public Section {
        lessons = List.copyOf(lessons);
    }

    /** The section's anchor in the guide: {@code s7}. */
    public String anchorId() {
        return "s" + number;
    }

    /** "Section 7: ECS", or just the title when it already says which section it is. */
    public String heading() {
        String prefix = "Section " + number;
        if (title.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
            return title;
        }
        return prefix + ": " + title;
    }
}
