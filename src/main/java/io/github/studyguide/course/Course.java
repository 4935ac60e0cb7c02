package io.github.studyguide.course;

import java.util.List;

/**
 * The whole course in reading order: sections by number, lessons by lesson number and order.
 *
 * @param sections the sections in reading order
 * @param slugs how the course's own tool makes heading ids, which its links name
 * @param links the forms of links between pages its own tool accepts
 */
public record Course(List<Section> sections, HeadingSlugs slugs, LinkForms links) {

    public Course {
        sections = List.copyOf(sections);
    }

    /** A course ordered by front matter: GitHub's heading ids, as GitHub Pages' Jekyll makes them; links to files. */
    public Course(List<Section> sections) {
        this(sections, HeadingSlugs.GITHUB, LinkForms.FILES);
    }

    /** The same course, as its layout's tool makes heading ids and links. */
    public Course following(HeadingSlugs slugs, LinkForms links) {
        return new Course(sections, slugs, links);
    }

    public int lessonCount() {
        return sections.stream().mapToInt(s -> s.lessons().size()).sum();
    }
}
