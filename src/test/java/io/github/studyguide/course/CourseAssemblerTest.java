package io.github.studyguide.course;

import io.github.studyguide.diagnostics.Problem;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseAssemblerTest {

    private final Problems problems = new Problems();
    private final List<ParsedFile> files = new ArrayList<>();

    private void lesson(String path, String section, Object lesson, String extra) {
        file(path, "---\ntitle: 'Lesson " + path + "'\nsection: " + section + "\nlesson: " + lesson + "\n" + extra + "---\nBody\n");
    }

    private void file(String path, String text) {
        new FrontMatterParser().parse(new SourceFile(Path.of(path), path, text), problems).ifPresent(files::add);
    }

    private Course assemble() {
        files.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return new CourseAssembler().assemble(files, problems);
    }

    private static List<String> readingOrder(Course course) {
        return course.sections().stream().flatMap(s -> s.lessons().stream()).map(Lesson::relativePath).toList();
    }

    @Test
    void ordersSectionsNumericallyAndNeverByFileName() {
        lesson("a.md", "Section-10", 1, "");
        lesson("b.md", "Section-2", 2, "");
        lesson("c.md", "Section-2", 1, "");
        lesson("d.md", "Section-1-Intro", 1, "");
        Course course = assemble();
        assertEquals(List.of("d.md", "c.md", "b.md", "a.md"), readingOrder(course));
        assertEquals(List.of(1, 2, 10), course.sections().stream().map(Section::number).toList());
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void orderPlacesLessonsSharingANumber() {
        lesson("lab.md", "Section-3", 4, "order: 1\n");
        lesson("overview.md", "Section-3", 4, "");
        lesson("next.md", "Section-3", 5, "");
        assertEquals(List.of("overview.md", "lab.md", "next.md"), readingOrder(assemble()));
    }

    @Test
    void plainNumberAndSlugFormsNameTheSameSection() {
        lesson("a.md", "7", 1, "");
        lesson("b.md", "Section-7-ECS", 2, "");
        Course course = assemble();
        assertEquals(1, course.sections().size());
        assertEquals("ECS", course.sections().get(0).title());
        assertEquals("Section 7: ECS", course.sections().get(0).heading(Labels.english()));
    }

    @Test
    void sectionWithoutSlugOrPageIsCalledByItsNumber() {
        lesson("a.md", "Section-4", 1, "");
        assertEquals("Section 4", assemble().sections().get(0).heading(Labels.english()));
    }

    @Test
    void multiWordSlugReadsAsWords() {
        lesson("a.md", "Section-5-Elastic-Beanstalk", 1, "");
        assertEquals("Elastic Beanstalk", assemble().sections().get(0).title());
    }

    @Test
    void sectionPageNamesAndIntroducesItsSection() {
        lesson("lessons/a.md", "Section-7-ECS", 1, "");
        file("sections/seven.md", "---\nlayout: section\nname: Section-7\norder: 7\ntitle: Containers on AWS\n---\nIntro\n");
        Section section = assemble().sections().get(0);
        assertEquals("Containers on AWS", section.title());
        assertEquals("Intro\n", section.page().orElseThrow().body());
        assertTrue(problems.sorted().isEmpty(), problems.sorted().toString());
    }

    @Test
    void sectionPageWithOnlyOrderWorks() {
        lesson("a.md", "Section-2", 1, "");
        file("s.md", "---\nlayout: section\norder: 2\n---\n");
        assertEquals("Section 2", assemble().sections().get(0).title());
    }

    @Test
    void disagreeingSlugsWarnOnceAndTheFirstWins() {
        lesson("a.md", "Section-7-ECS", 1, "");
        lesson("b.md", "Section-7-Containers", 2, "");
        lesson("c.md", "Section-7-Docker", 3, "");
        Course course = assemble();
        assertEquals("ECS", course.sections().get(0).title());
        List<Problem> warnings = problems.sorted();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("b.md:3: section 7 is named 'Containers' here but 'ECS' in a.md; using 'ECS'. Use the same"
                + " section name in every lesson, or add a section page", warnings.get(0).toString());
    }

    @Test
    void duplicatePlaceIsAnErrorNamingBothFiles() {
        lesson("one.md", "Section-2", 3, "");
        lesson("two.md", "Section-2-Files", 3, "");
        assemble();
        assertEquals(List.of(Problem.error("two.md", 4, "lesson 2.3 is also one.md; give one of them another lesson"
                + " number, or an 'order' to place it after the other")), problems.sorted());
    }

    @Test
    void duplicateWithSameOrderIsAnError() {
        lesson("one.md", "2", 3, "order: 1\n");
        lesson("two.md", "2", 3, "order: 1\n");
        assemble();
        assertTrue(problems.sorted().get(0).message().startsWith("lesson 2.3 order 1 is also one.md"));
    }

    @Test
    void missingTitleIsAnErrorNamingTheFile() {
        file("untitled.md", "---\nsection: 1\nlesson: 1\n---\n");
        Course course = assemble();
        assertEquals(0, course.lessonCount());
        assertEquals("untitled.md:1: lesson has no title; add 'title: ...' to its front matter",
                problems.sorted().get(0).toString());
    }

    @Test
    void missingSectionAndLessonAreErrors() {
        file("page.md", "---\nlayout: page\ntitle: About\n---\n");
        assemble();
        List<String> messages = problems.sorted().stream().map(Problem::message).toList();
        assertEquals(List.of("lesson has no lesson number; add 'lesson: N' to its front matter",
                "lesson has no section; add 'section: Section-N' to its front matter (or exclude the file if it is not a lesson)"),
                messages);
    }

    @Test
    void nonIntegerLessonAndOrderAreErrorsOnTheirLines() {
        lesson("a.md", "1", "two", "order: first\n");
        assemble();
        assertEquals(List.of("a.md:4: lesson must be a whole number, not 'two'",
                "a.md:5: order must be a whole number, not 'first'"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void sectionWithoutNumberIsAnError() {
        lesson("a.md", "Intro", 1, "");
        assemble();
        assertEquals("a.md:3: section 'Intro' has no number; write it as Section-7, Section-7-Name or 7",
                problems.sorted().get(0).toString());
    }

    @Test
    void quotedNumbersAreAccepted() {
        lesson("a.md", "'Section-1'", "'3'", "");
        Optional<Lesson> lesson = assemble().sections().get(0).lessons().stream().findFirst();
        assertEquals(3, lesson.orElseThrow().number());
        assertFalse(problems.hasErrors());
    }

    @Test
    void anchorsAreUniqueAndStable() {
        lesson("a.md", "7", 2, "");
        lesson("b.md", "7", 2, "order: 1\n");
        Course course = assemble();
        assertEquals("s7", course.sections().get(0).anchorId());
        assertEquals(List.of("s7-l2", "s7-l2-o1"),
                course.sections().get(0).lessons().stream().map(Lesson::anchorId).toList());
    }
}
