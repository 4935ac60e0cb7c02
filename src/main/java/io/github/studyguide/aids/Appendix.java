package io.github.studyguide.aids;

import java.util.Map;

/**
 * A part of the guide after the last section that refers back into the lessons, such as the "Exam Tips" cram sheet
 * or a book-end answer key. Both writers place appendices in the contents, bookmarks and navigation the same way,
 * whatever they hold.
 */
public interface Appendix {

    /** The id of the appendix's title heading, for the contents, bookmarks and navigation. */
    String anchor();

    String title();

    /**
     * The appendix as an XHTML fragment that opens with its title heading.
     *
     * @param linked whether the elements of {@link #backLinks()} link to their targets with {@code href="#target"};
     *     false for the PDF, where the appendix renders apart from the lessons and the links are added once pages
     *     are known
     */
    String xhtml(boolean linked);

    /** For each element of the appendix that refers back into the body, by id, the id of what it refers to. */
    Map<String, String> backLinks();
}
