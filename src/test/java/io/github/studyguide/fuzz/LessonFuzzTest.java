package io.github.studyguide.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.studyguide.QuizAnswers;
import io.github.studyguide.check.CourseChecker;
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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Coverage-guided fuzzing of everything a lesson's text goes through before the writers: front matter, course
 * assembly, Markdown rendering, XHTML normalization and the checks. Whatever the input, nothing may throw, and
 * every rendered fragment must be well-formed XML (the writers depend on it).
 *
 * <p>A plain test run replays the inputs saved under {@code src/test/resources}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LessonFuzzTest {

    private static final Path ROOT = Path.of("/fuzz/lessons").toAbsolutePath();

    @FuzzTest(maxDuration = "2m")
    void frontMatterNeverThrows(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Problems problems = new Problems();
        new FrontMatterParser().parse(new SourceFile(ROOT.resolve("a.md"), "a.md", text), problems);
    }

    private static final String QUIZ_SCAFFOLD = "## Question 1: Which?\n\n- A) one\n  - Correct: because\n"
            + "- B) two\n  - Incorrect: not\n\n";

    @FuzzTest(maxDuration = "2m")
    void lessonRendersToWellFormedXhtml(FuzzedDataProvider data) throws Exception {
        String frontMatter = "---\ntitle: " + data.consumeString(40).replace("\n", " ") + "\nsection: "
                + data.consumeString(12).replace("\n", " ") + "\nlesson: " + data.consumeInt(-3, 30) + "\n"
                + (data.consumeBoolean() ? "quiz: true\n" : "") + "---\n";
        QuizAnswers answers = QuizAnswers.values()[data.consumeInt(0, QuizAnswers.values().length - 1)];
        // Half the inputs start as a quiz, so that the fuzzer explores questions, options and verdicts from there.
        String body = (data.consumeBoolean() ? QUIZ_SCAFFOLD : "") + data.consumeRemainingAsString();
        Problems problems = new Problems();
        List<ParsedFile> files = new ArrayList<>();
        new FrontMatterParser().parse(new SourceFile(ROOT.resolve("a.md"), "a.md", frontMatter + body), problems)
                .ifPresent(files::add);
        Course course = new CourseAssembler().assemble(files, problems);
        RenderedCourse rendered = new CourseRenderer(course, ROOT, new RenderOptions(true, true, answers))
                .render(1, problems);
        new CourseChecker(ROOT, true).check(rendered, problems);
        for (var section : rendered.sections()) {
            assertWellFormed(section.openingXhtml());
            assertWellFormed(section.answerKeyXhtml());
            for (RenderedLesson lesson : section.lessons()) {
                assertWellFormed(lesson.xhtml());
            }
        }
        for (var appendix : rendered.appendices()) {
            assertWellFormed(appendix.xhtml(true));
            assertWellFormed(appendix.xhtml(false));
        }
    }

    private static void assertWellFormed(String fragment) throws Exception {
        String doc = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + fragment + "</div>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    }
}
