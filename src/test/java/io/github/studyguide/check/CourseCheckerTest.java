package io.github.studyguide.check;

import io.github.studyguide.TestFiles;
import io.github.studyguide.TestImages;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.Problem;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.render.CourseRenderer;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.LessonScanner;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseCheckerTest {

    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        TestFiles.write(root, relative, text);
    }

    private void lesson(String relative, int number, String body) throws IOException {
        write(relative, "---\ntitle: Lesson " + number + "\nsection: 1\nlesson: " + number + "\n---\n" + body);
    }

    private List<String> check() throws IOException {
        return check(true);
    }

    private List<String> check(boolean forPdf) throws IOException {
        Path lessons = root.resolve("lessons");
        Problems problems = new Problems();
        List<ParsedFile> parsed = new ArrayList<>();
        for (SourceFile file : new LessonScanner(lessons, List.of("**/*.md"), List.of()).scan(problems)) {
            new FrontMatterParser().parse(file, problems).ifPresent(parsed::add);
        }
        Course course = new CourseAssembler().assemble(parsed, problems);
        new CourseChecker(lessons, forPdf).check(new CourseRenderer(course, lessons, RenderOptions.DEFAULTS).analyze(1, problems), problems);
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void workingLinksAndImagesPassQuietly() throws IOException {
        write("lessons/img/diagram.png", "png");
        lesson("lessons/a/one.md", 1, """
                ## Start here

                See [two](../b/two.md), [its detail](../b/two.md#the-detail), [here](#start-here),
                [the site](https://example.org), [mail](mailto:x@example.org).

                ![Diagram](../img/diagram.png) ![Root relative](/img/diagram.png)
                <img src="../img/diagram.png" alt="raw">
                """);
        lesson("lessons/b/two.md", 2, "### The detail\n\n<!-- pagebreak -->\n<!-- TODO: more examples -->\n");
        assertEquals(List.of(), check());
    }

    @Test
    void quizQuestionsWithoutOneClearAnswerAreWarnings() throws IOException {
        lesson("lessons/quiz.md", 1, """
                ## Question 1: Which port does SSH use?
                - A) 22
                  - Incorrect: a typo, the author meant Correct.
                - B) 80
                  - Incorrect: that is HTTP.

                ## Question 2: Which are shells?
                - A) bash
                  - Correct: the GNU shell.
                - B) zsh
                  - Correct: the Z shell.

                ## Question 3: Which are shells? Choose two.
                - A) bash
                  - Correct: yes.
                - B) zsh
                  - Correct: yes.
                """);
        assertEquals(List.of(
                "quiz.md:6: Question 1 marks no option as correct; start the sub-item under the right option with"
                        + " \"Correct:\"",
                "quiz.md:12: Question 2 marks 2 options as correct but does not say how many to choose; say so in the"
                        + " question (\"Select two\") or mark only one option \"Correct:\""), check());
    }

    @Test
    void aLessonDeclaredAQuizWithoutQuestionsIsAWarning() throws IOException {
        write("lessons/quiz.md", "---\ntitle: Review\nsection: 1\nlesson: 1\nquiz: true\n---\n## Questions and answers\n\n"
                + "- What is a shell?\n");
        assertEquals(List.of("quiz.md:5: says quiz: true but has no question; write each one as a heading"
                + " \"Question 1: ...\" followed by a list of its options"), check());
    }

    @Test
    void svgImagesThatReachOutsideThemselvesAreWarnings() throws IOException {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
        write("lessons/safe.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" + open
                + "<defs><marker id=\"m\"/><rect id=\"r\" width=\"2\" height=\"2\"/></defs><line marker-end=\"url(#m)\"/>"
                + "<use xlink:href=\"#r\"/></svg>");
        write("lessons/remote.svg", open + "<image xlink:href=\"http://example.org/x.png\"/></svg>");
        write("lessons/script.svg", open + "<script>alert(1)</script></svg>");
        write("lessons/handler.svg", open + "<rect onclick=\"alert(1)\"/></svg>");
        write("lessons/import.svg", open + "<style>@import url(a.css);</style></svg>");
        write("lessons/broken.svg", open + "<rect>");
        // Batik follows such loops until its stack overflows: found by builds that died that way.
        write("lessons/loop.svg", open + "<g id=\"a\"><rect width=\"5\" height=\"5\"/><use xlink:href=\"#a\"/></g></svg>");
        write("lessons/loop2.svg", open + "<defs><filter id=\"f\"><feImage href=\"#r\"/></filter>"
                + "<rect id=\"r\" width=\"9\" height=\"9\" style=\"filter: url('#f')\"/></defs><use xlink:href=\"#r\"/></svg>");
        // References that are no loop: a pattern filled with a gradient, a link and an animation naming the root.
        write("lessons/chain.svg", "<svg id=\"top\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<defs><linearGradient id=\"g\"/><pattern id=\"p\" width=\"4\" height=\"4\"><rect width=\"2\" height=\"2\""
                + " fill=\"url(#g)\"/></pattern></defs><a xlink:href=\"#top\"><rect id=\"r\" fill=\"url(#p)\" width=\"9\""
                + " height=\"9\"><animate href=\"#top\" attributeName=\"x\"/></rect></a><use xlink:href=\"#r\"/></svg>");
        lesson("lessons/one.md", 1, "![a](safe.svg)\n![b](remote.svg)\n![c](script.svg)\n![d](handler.svg)\n"
                + "![e](import.svg)\n![f](broken.svg)\n![g](loop.svg)\n![h](loop2.svg)\n![i](chain.svg)\n");
        List<String> problems = check();
        assertEquals(7, problems.size(), problems.toString());
        assertEquals("one.md:12: image loop.svg has a reference loop: drawing \"#a\" refers back to itself (through"
                + " href or url(#...), directly or through other elements), and the PDF renderer would follow the loop"
                + " until it crashed; remove the reference that closes it; until then the guides show its alt text",
                problems.get(5));
        assertTrue(problems.get(6).startsWith("one.md:13: image loop2.svg has a reference loop: drawing \"#f\""),
                problems.get(6));
        assertEquals("one.md:7: image remote.svg refers to http://example.org/x.png; the build reads nothing outside"
                + " the drawing, so embed it or remove the reference; until then the guides show its alt text", problems.get(0));
        assertEquals("one.md:8: image script.svg contains <script>, which the guides cannot show safely; remove it;"
                + " until then the guides show its alt text", problems.get(1));
        assertTrue(problems.get(2).startsWith("one.md:9: image handler.svg has a script in its onclick attribute"));
        assertTrue(problems.get(3).startsWith("one.md:10: image import.svg imports a style sheet with @import"));
        assertTrue(problems.get(4).startsWith("one.md:11: image broken.svg is not a well-formed SVG file"));
    }

    @Test
    void charactersThePdfFontLacksAreAWarningForThePdfOnly() throws IOException {
        lesson("lessons/one.md", 1, "Accents, Greek and Cyrillic print: café, Ωμέγα, Привет, → ∑ √.\n\n"
                + "A term in Japanese: 日本語 and a `コード` span.\n\n```\nprint(\"🚀 日本\")\n```\n\n"
                + "Text has ※, which code lacks: `※`.\n");
        lesson("lessons/two.md", 2, "Nothing unusual here, and ※ in text is fine: only code lacks it.\n");
        assertEquals(List.of("one.md:8: the PDF's font has no glyph for 日 (U+65E5), 本 (U+672C), 語 (U+8A9E) and 5"
                + " more characters, first on this line, so the PDF prints # for each; DejaVu Sans covers Latin, Greek,"
                + " Cyrillic and many symbols, not Chinese, Japanese, Korean or emoji (the EPUB leaves them to the"
                + " reader's fonts); add a font that has them with the plugin's fonts parameter (codeFonts for code)"),
                check());
        assertEquals(List.of(), check(false), "an EPUB shows them with the reader's fonts");
    }

    @Test
    void imagesTooLargeToDecodeAreWarnings() throws IOException {
        // Only the header is read, so a PNG whose header claims 10,000 x 6,000 pixels is enough.
        write("lessons/one.md", "");
        Files.write(root.resolve("lessons/huge.png"), TestImages.pngHeader(10_000, 6_000));
        Files.write(root.resolve("lessons/fine.png"), TestImages.pngHeader(2_000, 1_500));
        lesson("lessons/one.md", 1, "![big](huge.png)\n![small](fine.png)\n");
        assertEquals(List.of("one.md:6: image huge.png is 10000 x 6000 pixels (60 megapixels), which the PDF renderer"
                + " would decode whole in memory; scale it down to at most 50 megapixels (a page's text is about 2,000"
                + " pixels wide at 300 dpi); until then the guides show its alt text"), check());
    }

    @Test
    void brokenLinksBetweenLessonsAreWarnings() throws IOException {
        lesson("lessons/one.md", 1, "Intro\n\n[gone](missing.md)\n[bad anchor](two.md#nope)\n[here](#nowhere)\n");
        lesson("lessons/two.md", 2, "## Real heading\n");
        assertEquals(List.of(
                "one.md:8: link missing.md points to no lesson of this guide; check the file name",
                "one.md:9: link two.md#nope points to no heading in two.md; check the part after #",
                "one.md:10: link #nowhere points to no heading in this lesson; check the heading's spelling;"
                + " until then the guides keep only the link's text"), check());
    }

    @Test
    void targetsOutsideTheLessonFolderAreWarningsAndTheGuidesKeepTheText() throws IOException {
        write("secret.png", "png");
        lesson("lessons/one.md", 1, "![x](../secret.png)\n\n[y](../../etc/passwd.md)\n");
        List<String> problems = check();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("one.md:6: image ../secret.png points outside the lesson folder, which the build never reads;"
                + " move the file into " + root.resolve("lessons") + "; until then the guides show its alt text",
                problems.get(0));
        assertEquals("one.md:8: link ../../etc/passwd.md points outside the lesson folder, which the build never"
                + " reads; move the file into " + root.resolve("lessons") + "; until then the guides keep only the"
                + " link's text", problems.get(1));
    }

    @Test
    void targetsALinkLeadsOutOfTheLessonFolderAreWarnings() throws IOException {
        write("shared/e.png", "png");
        write("shared/notes.md", "notes");
        write("lessons/img/d.png", "png");
        Files.createSymbolicLink(root.resolve("lessons/pictures"), root.resolve("shared"));
        Files.createSymbolicLink(root.resolve("lessons/also-img"), root.resolve("lessons/img"));
        lesson("lessons/one.md", 1, "![x](pictures/e.png)\n\n[y](pictures/notes.md)\n\n![fine](also-img/d.png)\n");
        Path target = root.resolve("shared").toRealPath();
        assertEquals(List.of(
                "one.md:6: image pictures/e.png goes through a link to " + target.resolve("e.png") + ", outside the"
                        + " lesson folder, which the build never reads; copy the file into " + root.resolve("lessons")
                        + "; until then the guides show its alt text",
                "one.md:8: link pictures/notes.md goes through a link to " + target.resolve("notes.md") + ", outside"
                        + " the lesson folder, which the build never reads; copy the file into "
                        + root.resolve("lessons") + "; until then the guides keep only the link's text"), check());
    }

    @Test
    void missingAndRemoteImagesAreWarnings() throws IOException {
        lesson("lessons/one.md", 1, "![a](nope.png)\n\n![b](https://example.org/b.png)\n");
        assertEquals(List.of(
                "one.md:6: image nope.png does not exist; check the path, which is relative to the lesson (or to"
                        + " the lesson folder when it starts with /)",
                "one.md:8: image https://example.org/b.png is on the network and is not fetched; the guides show"
                        + " its alt text. Save the image next to the lesson to include it"), check());
    }

    @Test
    void misspelledDirectiveIsAWarningOnItsLine() throws IOException {
        lesson("lessons/one.md", 1, "Text\n\n<!-- pagewidth -->\n\n- item\n  <!-- pagelink -->\n");
        assertEquals(List.of(
                "one.md:8: <!-- pagewidth --> is not a directive and is dropped; did you mean <!-- pagebreak -->?",
                "one.md:11: <!-- pagelink --> is not a directive and is dropped; did you mean <!-- pagebreak -->?"),
                check());
    }

    @Test
    void sectionPagesAreCheckedToo() throws IOException {
        lesson("lessons/one.md", 1, "Text\n");
        write("lessons/section.md", "---\nlayout: section\nname: Section-1\n---\n[next](nothing.md)\n");
        assertEquals(List.of("section.md:5: link nothing.md points to no lesson of this guide; check the file name"),
                check());
    }
}
