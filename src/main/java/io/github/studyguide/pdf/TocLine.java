package io.github.studyguide.pdf;

/**
 * One line of the PDF's table of contents.
 *
 * @param anchor the id of the section or lesson it points to
 * @param text what the line says
 * @param section whether it names a section (set bold) or a lesson (indented)
 * @param inLesson whether it names a place inside a lesson, such as its objectives (indented further)
 * @param page the 1-based page the section or lesson starts on
 */
record TocLine(String anchor, String text, boolean section, boolean inLesson, int page) {

    /** The id of the line itself, where its link annotation goes. */
    String lineId() {
        return "toc-" + anchor;
    }
}
