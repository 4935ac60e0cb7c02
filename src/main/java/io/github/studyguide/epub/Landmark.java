package io.github.studyguide.epub;

/**
 * An entry of the navigation document's {@code landmarks}: a place in the book a reading system can jump to
 * directly, such as the start of the lessons.
 *
 * @param type the EPUB structural semantics type ({@code cover}, {@code titlepage}, {@code toc},
 *     {@code bodymatter}, {@code appendix})
 * @param title what the reading system shows
 * @param href the target, relative to the package document
 */
record Landmark(String type, String title, String href) {
}
