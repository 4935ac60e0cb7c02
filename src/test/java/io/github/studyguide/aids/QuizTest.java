package io.github.studyguide.aids;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.aids.AnswerKey;
import io.github.studyguide.aids.Appendix;
import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.render.CourseRenderer;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.render.RenderedSection;
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

class QuizTest {

    private static final String QUIZ = """
            ## Question 1: Which service runs containers without servers?

            - A) Amazon EC2
              - Incorrect: you manage the instances.
            - B) AWS Fargate
              - **Correct:** Fargate runs the tasks for you.

            ## Question 2

            Pick the registry.

            - Amazon ECR
              - **Correct**: it stores images.
            - Amazon S3
              - Incorrect: it stores objects.
            """;

    private static RenderedCourse render(String frontMatter, String body, QuizAnswers answers) {
        Problems problems = new Problems();
        String text = "---\ntitle: 'Containers'\nsection: 1\nlesson: 3\n" + frontMatter + "---\n" + body;
        ParsedFile file = new FrontMatterParser().parse(new SourceFile(Path.of("quiz.md"), "quiz.md", text), problems)
                .orElseThrow();
        Course course = new CourseAssembler().assemble(List.of(file), problems);
        RenderedCourse rendered = new CourseRenderer(course, Path.of("."), new RenderOptions(true, true, answers))
                .render(1, problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return rendered;
    }

    private static RenderedLesson lesson(RenderedCourse course) {
        return course.sections().get(0).lessons().get(0);
    }

    @Test
    void questionsPrintWithLetteredOptionsAndWithoutAnswers() {
        RenderedLesson lesson = lesson(render("", QUIZ, QuizAnswers.SECTION_END));
        String xhtml = lesson.xhtml();
        assertTrue(xhtml.startsWith("<h2 id=\"s1-l3\" class=\"lesson-title quiz-title\">1.3 Quiz: Containers</h2>"), xhtml);
        assertTrue(xhtml.contains("<div class=\"quiz\" id=\"s1-l3_q.1\"><h3 id=\"s1-l3_question-1-which-service-runs"
                + "-containers-without-servers\" class=\"quiz-question\">"), xhtml);
        assertTrue(xhtml.contains("<div class=\"quiz\" id=\"s1-l3_q.2\">"), xhtml);
        assertTrue(xhtml.contains("<li class=\"quiz-option\">A) Amazon EC2</li>"), xhtml);
        assertTrue(xhtml.contains("<li class=\"quiz-option\"><span class=\"option-label\">A)</span> Amazon ECR</li>"),
                "unlabelled options are lettered by their place: " + xhtml);
        assertFalse(xhtml.contains("Correct"), xhtml);
        assertFalse(xhtml.contains("you manage the instances"), xhtml);
    }

    @Test
    void sectionAnswerKeyGivesEachLetterAndLinksBackToItsQuestion() {
        RenderedCourse course = render("", QUIZ, QuizAnswers.SECTION_END);
        RenderedSection section = course.sections().get(0);
        assertEquals("s1-answers", section.answerKeyAnchor());
        String key = section.answerKeyXhtml();
        assertTrue(key.startsWith("<h2 class=\"lesson-title\" id=\"s1-answers\">Answer Key</h2>"), key);
        assertTrue(key.contains("<a href=\"#s1-l3_q.1\">Question 1</a>: <strong class=\"answer-letters\">B</strong>"), key);
        assertTrue(key.contains("<a href=\"#s1-l3_q.2\">Question 2</a>: <strong class=\"answer-letters\">A</strong>"), key);
        assertTrue(key.contains("<strong>Correct:</strong> Fargate runs the tasks for you."), key);
        assertTrue(key.contains("you manage the instances"), key);
        assertEquals(List.of(), course.appendices().stream().filter(AnswerKey.class::isInstance).toList());
    }

    @Test
    void bookEndAnswerKeyIsAnAppendixThatLinksBack() {
        RenderedCourse course = render("", QUIZ, QuizAnswers.BOOK_END);
        assertFalse(course.sections().get(0).hasAnswerKey());
        Appendix key = course.appendices().get(0);
        assertEquals("Answer Key", key.title());
        assertEquals(Map.of("key-s1-l3_q.1", "s1-l3_q.1", "key-s1-l3_q.2", "s1-l3_q.2"), key.backLinks());
        String linked = key.xhtml(true);
        assertTrue(linked.startsWith("<h1 class=\"section-title\" id=\"answer-key\">Answer Key</h1>"), linked);
        assertTrue(linked.contains("<p class=\"answer-question\" id=\"key-s1-l3_q.1\"><a href=\"#s1-l3_q.1\">Question 1</a>"), linked);
        assertTrue(key.xhtml(false).contains("id=\"key-s1-l3_q.1\">Question 1: "), "the PDF adds the links itself");
    }

    @Test
    void inlineAnswersStayWhereTheAuthorWroteThem() {
        RenderedCourse course = render("", QUIZ, QuizAnswers.INLINE);
        String xhtml = lesson(course).xhtml();
        assertTrue(xhtml.contains("<li class=\"quiz-verdict correct\"><strong>Correct:</strong> Fargate"), xhtml);
        assertTrue(xhtml.contains("<li class=\"quiz-verdict incorrect\">Incorrect: you manage"), xhtml);
        assertFalse(course.sections().get(0).hasAnswerKey());
        assertEquals(2, lesson(course).quizAnswers().size(), "the flashcards still ask them");
    }

    @Test
    void factsGiveEachQuestionItsLineAndCorrectOptions() {
        List<LessonFacts.Question> questions = lesson(render("", QUIZ, QuizAnswers.SECTION_END)).facts().questions();
        assertEquals(List.of(new LessonFacts.Question("Question 1", 6, 1, false),
                new LessonFacts.Question("Question 2", 13, 1, false)), questions);
    }

    @Test
    void severalAnswersAreAllowedWhenTheQuestionSaysSo() {
        String body = """
                ### Question 4: Which two store data? (Select two)
                - A) S3
                  - Correct: objects.
                - B) EBS
                  - Correct: volumes.
                - C) IAM
                  - Incorrect: identities.
                """;
        RenderedCourse course = render("", body, QuizAnswers.SECTION_END);
        assertEquals(List.of(new LessonFacts.Question("Question 4", 6, 2, true)), lesson(course).facts().questions());
        assertTrue(course.sections().get(0).answerKeyXhtml().contains("<strong class=\"answer-letters\">A, B</strong>"));
    }

    @Test
    void aQuestionKeepsTheNumberItsAuthorGaveItHoweverLong() {
        String body = "## Question 12345678901: Long?\n\n- A) yes\n  - Correct: it is\n";
        RenderedCourse course = render("", body, QuizAnswers.SECTION_END);
        assertEquals("Question 12345678901", lesson(course).facts().questions().get(0).label());
        assertTrue(course.sections().get(0).answerKeyXhtml().contains(">Question 12345678901</a>"));
    }

    @Test
    void nearMissesAreNotQuizzes() {
        String body = """
                ## Questions and answers

                - A) What is a container?
                  - Correct: a process with its own view of the system.

                ## Question 1: what we will cover

                - Containers
                  - Fargate and ECS
                - Registries

                ## Quiz yourself

                - This is correct: the list has no verdict sub-items.
                - **Exam** tips come later.
                """;
        RenderedLesson lesson = lesson(render("", body, QuizAnswers.SECTION_END));
        assertEquals(List.of(), lesson.facts().questions());
        assertFalse(lesson.xhtml().contains("class=\"quiz"), lesson.xhtml());
        assertEquals("1.3 Containers", lesson.title());
    }

    @Test
    void frontMatterDeclaresAQuizWhoseOptionsHaveNoVerdicts() {
        String body = "## Question 1\n\n- A) One\n- B) Two\n";
        RenderedCourse course = render("quiz: true\n", body, QuizAnswers.SECTION_END);
        assertEquals(List.of(new LessonFacts.Question("Question 1", 7, 0, false)), lesson(course).facts().questions());
        assertTrue(course.sections().get(0).answerKeyXhtml().contains("<strong class=\"answer-letters\">none marked</strong>"));
    }

    @Test
    void aTitleThatNamesTheQuizIsNotPrefixed() {
        Problems problems = new Problems();
        String text = "---\ntitle: 'Section 1 Quiz'\nsection: 1\nlesson: 3\n---\n" + QUIZ;
        ParsedFile file = new FrontMatterParser().parse(new SourceFile(Path.of("q.md"), "q.md", text), problems).orElseThrow();
        Course titled = new CourseAssembler().assemble(List.of(file), problems);
        assertEquals("1.3 Section 1 Quiz", new CourseRenderer(titled, Path.of("."), RenderOptions.DEFAULTS)
                .render(1, problems).sections().get(0).lessons().get(0).title());
    }
}
