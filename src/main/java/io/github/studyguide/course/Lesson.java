package io.github.studyguide.course;

import io.github.studyguide.scan.ParsedFile;

/**
 * One lesson of the course, placed by its section number, lesson number and order.
 *
 * @param file the lesson's file, split into front matter and body
 * @param section the section the lesson belongs to
 * @param number the lesson number within the section
 * @param order places lessons that share a lesson number (a hands-on guide after its overview); 0 when not given
 * @param title the lesson's title from front matter
 */
public record Lesson(ParsedFile file, SectionName section, int number, int order, String title) {

    /**
     * The lesson's anchor in the guide, unique across the whole guide and stable across builds: {@code s7-l2}, or
     * {@code s7-l2-o1} for order 1. Heading ids inside the lesson are prefixed with it.
     */
    public String anchorId() {
        String id = "s" + section.number() + "-l" + number;
        return order == 0 ? id : id + "-o" + order;
    }

    /** "7.2", as authors and the TOC refer to the lesson. */
    public String label() {
        return section.number() + "." + number;
    }

    public String relativePath() {
        return file.relativePath();
    }
}
