package io.github.studyguide.scan;

import io.github.studyguide.diagnostics.Problem;
import io.github.studyguide.diagnostics.Problems;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {

    private final Problems problems = new Problems();

    private Optional<ParsedFile> parse(String text) {
        return new FrontMatterParser().parse(new SourceFile(Path.of("lesson.md"), "lesson.md", text), problems);
    }

    @Test
    void readsSingleQuotedTitleWithCommasAndDoubledQuotes() {
        ParsedFile file = parse("""
                ---
                layout: posts
                title: 'Understanding ECS, Fargate and the Team''s Registry'
                section: Section-7
                lesson: 2
                ---
                Body
                """).orElseThrow();
        assertEquals("Understanding ECS, Fargate and the Team's Registry", file.frontMatter().text("title").orElseThrow());
        assertEquals("2", file.frontMatter().text("lesson").orElseThrow());
        assertEquals("Body\n", file.body());
    }

    @Test
    void readsColonsInsideQuotedValues() {
        ParsedFile file = parse("""
                ---
                title: "Hands-On: Deploy: step by step"
                section: 3
                lesson: 1
                ---
                """).orElseThrow();
        assertEquals("Hands-On: Deploy: step by step", file.frontMatter().text("title").orElseThrow());
    }

    @Test
    void laterThematicBreakStaysInTheBody() {
        ParsedFile file = parse("""
                ---
                title: T
                ---
                Text

                ---
                """).orElseThrow();
        assertEquals("Text\n\n---\n", file.body());
        assertEquals(4, file.frontMatter().bodyLine());
    }

    @Test
    void recordsTheLineOfEachKey() {
        ParsedFile file = parse("""
                ---
                layout: posts
                title: T
                lesson: 2
                ---
                """).orElseThrow();
        assertEquals(3, file.frontMatter().line("title"));
        assertEquals(4, file.frontMatter().line("lesson"));
        assertEquals(1, file.frontMatter().line("section"), "a missing key points at the opening ---");
    }

    @Test
    void fileWithoutFrontMatterIsNotALesson() {
        assertTrue(parse("# Just a README\n\n---\n").isEmpty());
        assertTrue(parse("Text first\n---\ntitle: x\n---\n").isEmpty());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void acceptsWindowsLineEndings() {
        ParsedFile file = parse("---\r\ntitle: 'T'\r\nlesson: 1\r\n---\r\nBody\r\n").orElseThrow();
        assertEquals("T", file.frontMatter().text("title").orElseThrow());
        assertEquals("Body\r\n", file.body());
    }

    @Test
    void unclosedFrontMatterIsAnErrorOnLineOne() {
        assertTrue(parse("---\ntitle: T\nlesson: 1\n").isEmpty());
        assertEquals(List.of(Problem.error("lesson.md", 1,
                "front matter opened with --- is never closed; add a line with only --- after the last key")),
                problems.sorted());
    }

    @Test
    void invalidYamlIsReportedAtYamlsOwnLine() {
        assertTrue(parse("""
                ---
                layout: posts
                title: 'Unclosed quote
                lesson: 1
                ---
                """).isEmpty());
        Problem problem = problems.sorted().get(0);
        assertEquals(Problem.Severity.ERROR, problem.severity());
        assertTrue(problem.line() >= 3 && problem.line() <= 5, problem.toString());
        assertTrue(problem.message().startsWith("front matter is not valid YAML: "), problem.message());
    }

    @Test
    void unquotedColonInTitleNamesTheLine() {
        assertTrue(parse("""
                ---
                section: 1
                title: Hands-On: Deploy
                lesson: 1
                ---
                """).isEmpty());
        assertEquals(3, problems.sorted().get(0).line(), problems.sorted().toString());
    }

    @Test
    void duplicateKeyIsAnError() {
        assertTrue(parse("""
                ---
                title: A
                title: B
                ---
                """).isEmpty());
        assertEquals("lesson.md:3: front matter key 'title' appears twice (first on line 2); keep one of them",
                problems.sorted().get(0).toString());
    }

    @Test
    void nonMappingFrontMatterIsAnError() {
        assertTrue(parse("---\n- a\n- b\n---\n").isEmpty());
        assertEquals("lesson.md:2: front matter must be 'key: value' lines, such as 'title: My lesson'",
                problems.sorted().get(0).toString());
    }

    @Test
    void emptyFrontMatterGivesNoValues() {
        ParsedFile file = parse("---\n---\nBody\n").orElseThrow();
        assertFalse(file.frontMatter().has("title"));
        assertEquals("Body\n", file.body());
    }

    @Test
    void listValuesAreKeptAsKeysWithoutText() {
        ParsedFile file = parse("""
                ---
                title: T
                tags: [aws, ecs]
                ---
                """).orElseThrow();
        assertTrue(file.frontMatter().has("tags"));
        assertTrue(file.frontMatter().text("tags").isEmpty());
    }

    @Test
    void malformedTagFoundByFuzzingIsAnErrorNotACrash() {
        assertTrue(parse("---\n!-0000000%0000)-5%00  .-0-\r---\n-!-").isEmpty());
        assertEquals("lesson.md:1: front matter is not valid YAML: Tag must not contain leading or trailing spaces.;"
                + " remove or quote the value that starts with !", problems.sorted().get(0).toString());
    }

    @Test
    void yamlReaderFailureFoundByFuzzingIsAnErrorNotACrash() throws Exception {
        byte[] input;
        try (var in = getClass().getResourceAsStream(
                "/io/github/studyguide/fuzz/LessonFuzzTestInputs/frontMatterNeverThrows/crash-8f53f05dee2ac32da9f2361dba689991d9f80a05")) {
            input = in.readAllBytes();
        }
        parse(new String(input, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(problems.sorted().stream().allMatch(p -> p.severity() == Problem.Severity.ERROR && p.line() >= 1));
    }
}
