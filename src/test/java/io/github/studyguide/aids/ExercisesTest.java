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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ExercisesTest {

    /** Each form: a Carpentries challenge div, a heading with a details block after it, and a practice div. */
    public static final String LESSON = """
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

    public static RenderedCourse render(String body, RenderOptions options) {
        return render(body, 1, options);
    }

    /** The lesson {@code files.md} with the given body, placed as lesson 2.{@code number}. */
    public static RenderedCourse render(String body, int number, RenderOptions options) {
        Problems problems = new Problems();
        String text = "---\ntitle: 'Files'\nsection: 2\nlesson: " + number + "\n---\n" + body;
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
        String xhtml = lesson.xhtml();
        assertTrue(xhtml.contains("<span class=\"exercise-number\">Exercise 2.1.1</span>: Listing hidden files</h3>"), xhtml);
        assertTrue(xhtml.contains("<span class=\"exercise-number\">Exercise 2.1.2</span>: Make a folder</h4>"), xhtml);
        assertTrue(xhtml.contains("<p class=\"solution-link\"><a href=\"#key-s2-l1_ex.1\">"), xhtml);
        assertTrue(xhtml.contains("Look at the manual page."), "a hint stays: " + xhtml);
        assertFalse(xhtml.contains("-a</code> flag") || xhtml.contains("mkdir data"), xhtml);
        assertFalse(xhtml.contains("forget the dash"), "no instructor note in the student's guide");
        assertEquals(List.of("2.1.1", "2.1.2", "2.1.3"), lesson.exercises().stream().map(Exercise::number).toList());
        assertEquals("Count the lines", lesson.exercises().get(2).title());
        assertFalse(lesson.exercises().get(2).hasSolution());
        String key = course.sections().get(0).answerKeyXhtml();
        assertTrue(key.contains("<p class=\"answer-question\" id=\"key-s2-l1_ex.1\"><a href=\"#s2-l1_ex.1\">Exercise"
                + " 2.1.1</a>: Listing hidden files</p>\n<div class=\"answer-solution\"><p>The <code>-a</code> flag.</p></div>"), key);
        assertTrue(key.contains("<p>Run <code>mkdir data</code>.</p>"), key);
        assertFalse(key.contains("2.1.3"), "an exercise without a solution is not in the key");
    }

    /** The words that mark the aids come from every bundle: a Spanish and a German lesson need no English. */
    @Test
    void exercisesSolutionsKeyPointsAndObjectivesAreFoundInTheCoursesLanguage() {
        RenderedCourse spanish = render("""
                ## Objetivos de aprendizaje

                - Crear carpetas.

                ## Ejercicio: Crear una carpeta

                Crea una carpeta `datos`.

                <details>
                <summary>Solución</summary>

                Ejecuta `mkdir datos`.

                </details>

                ## Puntos clave

                - `mkdir` crea carpetas.
                """, new RenderOptions(true, true, QuizAnswers.SECTION_END));
        RenderedLesson lesson = lesson(spanish);
        assertEquals(List.of("Crear una carpeta"), lesson.exercises().stream().map(Exercise::title).toList());
        assertTrue(lesson.exercises().get(0).hasSolution());
        assertEquals(List.of("<li><code>mkdir</code> crea carpetas.</li>"), lesson.keyPoints());
        assertTrue(lesson.xhtml().contains("lesson-opening"), lesson.xhtml());

        RenderedLesson german = lesson(render("""
                ## Kernpunkte

                - Ein Punkt.

                ## Aufgabe 2: Dateien zählen

                Zähle die Dateien.
                """, new RenderOptions(true, true, QuizAnswers.SECTION_END)));
        assertEquals(List.of("<li>Ein Punkt.</li>"), german.keyPoints());
        assertEquals(List.of("Dateien zählen"), german.exercises().stream().map(Exercise::title).toList());
    }

    @Test
    void bookEndPutsTheSolutionsInTheAppendixAndInlineLeavesThemInPlace() {
        RenderedCourse bookEnd = render(LESSON, new RenderOptions(true, true, QuizAnswers.BOOK_END));
        assertFalse(bookEnd.sections().get(0).hasAnswerKey());
        assertTrue(bookEnd.appendices().get(0).xhtml(true).contains("<a href=\"#s2-l1_ex.2\">Exercise 2.1.2</a>"));
        assertEquals("s2-l1_ex.2", bookEnd.appendices().get(0).backLinks().get("key-s2-l1_ex.2"));

        String inline = lesson(render(LESSON, new RenderOptions(true, true, QuizAnswers.INLINE))).xhtml();
        assertTrue(inline.indexOf("mkdir data") > inline.indexOf("Exercise 2.1.2"), inline);
        assertFalse(inline.contains("solution-link") || inline.contains("forget the dash"), inline);
    }

    @Test
    void theInstructorsEditionKeepsNotesAndEverySolutionInline() {
        RenderedCourse course = render(LESSON, new RenderOptions(true, true, QuizAnswers.SECTION_END).forInstructors());
        String xhtml = lesson(course).xhtml();
        assertTrue(xhtml.contains("<p class=\"callout-title\">Instructor Note</p>\n<p>Learners often forget the dash.</p>"),
                xhtml);
        assertTrue(xhtml.contains("<code>-a</code> flag") && xhtml.contains("mkdir data"), xhtml);
        assertFalse(course.sections().get(0).hasAnswerKey());
    }

    @Test
    void keyPointsGoToTheirAppendixAndObjectivesOpenTheLesson() {
        RenderedCourse course = render("""
                Intro.

                ## Key Takeaways

                - First point.
                - Second point.

                ::: objectives
                - Learn it.
                :::
                """, new RenderOptions(true, true, QuizAnswers.SECTION_END));
        RenderedLesson lesson = lesson(course);
        assertEquals(List.of("<li>First point.</li>", "<li>Second point.</li>"), lesson.keyPoints());
        assertTrue(lesson.xhtml().startsWith("<h2 id=\"s2-l1\" class=\"lesson-title\">2.1 Files</h2><div class=\"objectives"
                + " callout callout-note lesson-opening\" id=\"s2-l1_objectives.1\"><p class=\"callout-title\">Objectives</p>"),
                lesson.xhtml());
        assertEquals(Map.of("s2-l1_objectives.1", false), LessonOpening.anchors(lesson.xhtml(), "s2-l1"),
                "the box's id, for the contents, bookmarks and navigation");
        Appendix points = course.appendices().get(course.appendices().size() - 1);
        assertEquals("Key Points", points.title());
        assertTrue(points.xhtml(true).contains("<h3 class=\"key-points-lesson\" id=\"points-s2-l1\"><a href=\"#s2-l1\">2.1"
                + " Files</a></h3>\n<ul class=\"key-points-list\">\n<li>First point.</li>\n<li>Second point.</li>\n</ul>"),
                points.xhtml(true));
    }
}
