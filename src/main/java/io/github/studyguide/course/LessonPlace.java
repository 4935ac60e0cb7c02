package io.github.studyguide.course;

/**
 * Where a course layout (a {@code SUMMARY.md}, a {@code mkdocs.yml}, numbered file names...) puts a lesson whose
 * front matter does not say: the {@link CourseAssembler} uses it for every key the front matter leaves out.
 *
 * @param section the section number
 * @param sectionTitle the section's title as the layout gives it
 * @param lesson the lesson number within the section
 * @param order places lessons that share a lesson number; 0 when they do not
 * @param title the lesson's title when its front matter has none: the layout's, or its first heading's
 */
public record LessonPlace(int section, String sectionTitle, int lesson, int order, String title) {
}
