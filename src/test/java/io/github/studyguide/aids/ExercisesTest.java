package io.github.studyguide.aids;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.render.CourseRenderer;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExercisesTest {

    /** Each form: a Carpentries challenge div, a heading with a details block after it, and a practice div. */
    static final String LESSON = """
            Some text first.

            :::::::::::::::::::::::::::::::::: challenge

            ## Listing hidden files

            Which flag shows hidden files?

            ::: hint
            Look at the manual page.
            :::

            ::::::::::::::: solution

            ## Solution

            The `-a` flag.

            :::::::::::::::

            ::::::::::::::::::::::::::::::::::

            ### Exercise: Make a folder

            Create a folder named `data`.

            <details>
            <summary>Solution</summary>

            Run `mkdir data`.

            </details>

            ::: {.practice title="Count the lines"}
            Count the lines of a file.
            :::

            ::: instructor
            Learners often forget the dash.
            :::
            """;

    static RenderedCourse render(String body, RenderOptions options) {
        Problems problems = new Problems();
        String text = "---\ntitle: 'Files'\nsection: 2\nlesson: 1\n---\n" + body;
        ParsedFile file = new FrontMatterParser().parse(new SourceFile(Path.of("files.md"), "files.md", text), problems)
                .orElseThrow();
        Course course = new CourseAssembler().assemble(List.of(file), problems);
        RenderedCourse rendered = new CourseRenderer(course, Path.of("."), options).render(1, problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return rendered;
    }

    private static RenderedLesson lesson(RenderedCourse course) {
        return course.sections().get(0).lessons().get(0);
    }

    @Test
    void exercisesAreNumberedPerLessonAndTheirSolutionsGoToTheKey() {
        RenderedCourse course = render(LESSON, new RenderOptions(true, true, QuizAnswers.SECTION_END));
        RenderedLesson lesson = lesson(course);
        System.out.println(lesson.xhtml());
        System.out.println(course.sections().get(0).answerKeyXhtml());
        System.out.println(lesson.exercises());
    }
}
