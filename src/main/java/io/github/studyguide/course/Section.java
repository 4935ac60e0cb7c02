package io.github.studyguide.course;

import io.github.studyguide.i18n.Labels;
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

    /**
     * "Section 7: ECS" in the guide's language ("Abschnitt 7: ECS"), or just the title when it already says which
     * section it is, in that language or in English; a section without a title of its own ("Section 7", as the
     * layouts name it) is just "Abschnitt 7".
     */
    public String heading(Labels labels) {
        String prefix = labels.section(number);
        String english = Labels.english().section(number);
        // A title the plugin gave in English (a layout's section of learner pages) is given in the guide's language.
        String title = this.title.equals(Labels.english().learnerResources()) ? labels.learnerResources() : this.title;
        String lower = title.toLowerCase(Locale.ROOT);
        if (title.equalsIgnoreCase(english)) {
            return prefix;
        }
        if (lower.startsWith(prefix.toLowerCase(Locale.ROOT)) || lower.startsWith(english.toLowerCase(Locale.ROOT))) {
            return title;
        }
        return prefix + ": " + title;
    }
}
