package io.github.studyguide.html;

import io.github.studyguide.course.Course;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.course.Section;
import io.github.studyguide.scan.ParsedFile;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Renders lessons and section pages to XHTML fragments. Each lesson is rendered on its own, with ids prefixed by
 * its anchor, so lessons can be rendered in parallel and any section can be rendered without the others.
 * Thread-safe.
 */
public final class CourseRenderer {

    /** Sections are h1 and lessons h2 in the guide; a lesson's own headings start below. */
    private static final int SECTION_LEVEL = 1;
    private static final int LESSON_LEVEL = 2;

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final XhtmlNormalizer normalizer = new XhtmlNormalizer();

    /** Renders the whole course, spreading lessons over {@code threads} threads. */
    public RenderedCourse render(Course course, int threads) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(() -> new RenderedCourse(
                    course.sections().stream().map(this::renderSection).toList())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rendering was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Renders one section; its lessons render in parallel on the calling pool. */
    public RenderedSection renderSection(Section section) {
        List<RenderedLesson> lessons = section.lessons().parallelStream().map(this::renderLesson).toList();
        Element heading = heading(SECTION_LEVEL, section.anchorId(), "section-title", section.heading());
        String introMarkdown = section.page().map(ParsedFile::body).orElse("");
        String opening = normalizer.normalize(markdown.render(introMarkdown), section.anchorId(), heading,
                section.title(), LESSON_LEVEL);
        return new RenderedSection(section, opening, lessons);
    }

    public RenderedLesson renderLesson(Lesson lesson) {
        Element heading = heading(LESSON_LEVEL, lesson.anchorId(), "lesson-title", lesson.title());
        String xhtml = normalizer.normalize(markdown.render(lesson.file().body()), lesson.anchorId(), heading,
                lesson.title(), LESSON_LEVEL + 1);
        return new RenderedLesson(lesson, xhtml);
    }

    private static Element heading(int level, String id, String cssClass, String text) {
        return new Element("h" + level).id(id).addClass(cssClass).text(text);
    }
}
