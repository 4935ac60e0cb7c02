package io.github.studyguide.markdown;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.check.CourseChecker;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.render.CourseRenderer;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Markdown dialects of GitHub, MkDocs and pandoc, rendered as the guides show them, and their near misses. */
class DialectsTest {

    private static final String FRONT = "---\ntitle: 'The Title'\nsection: 1\nlesson: 1\n---\n";

    @TempDir
    Path folder;

    /** One lesson's XHTML body, without its title heading; checked to be well-formed XML. */
    private String render(String body) {
        Problems problems = new Problems();
        String xhtml = new CourseRenderer(course(body, problems), folder, new RenderOptions(false, true,
                QuizAnswers.INLINE)).render(1, problems).sections().get(0).lessons().get(0).xhtml();
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                    ("<div>" + xhtml + "</div>").getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + xhtml, e);
        }
        return xhtml.substring(xhtml.indexOf("</h2>") + 5).strip().replaceAll(">\\s+<", "><");
    }

    /** What the check goal says about one lesson, as {@code line: message}. */
    private List<String> check(String body) {
        Problems problems = new Problems();
        Course course = course(body, problems);
        RenderedCourse analyzed = new CourseRenderer(course, folder, new RenderOptions(false, true,
                QuizAnswers.INLINE)).analyze(1, problems);
        new CourseChecker(folder, true).check(analyzed, problems);
        return problems.sorted().stream().map(problem -> problem.line() + ": " + problem.message()).toList();
    }

    private Course course(String body, Problems problems) {
        Path lesson = folder.resolve("l.md");
        ParsedFile file = new FrontMatterParser().parse(new SourceFile(lesson, "l.md", FRONT + body), problems)
                .orElseThrow();
        return new CourseAssembler().assemble(List.of(file), problems);
    }

    private void image(String name) throws IOException {
        Files.createDirectories(folder.resolve(name).getParent());
        Files.writeString(folder.resolve(name), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                + "<rect width=\"40\" height=\"20\" fill=\"#336699\"/></svg>");
    }

    // GitHub alerts

    @Test
    void alertBecomesCalloutOfItsKindInAnyCase() {
        assertEquals("<div class=\"callout callout-note\"><p class=\"callout-title\">Note</p><p>Read this.</p></div>"
                + "<div class=\"callout callout-caution\"><p class=\"callout-title\">Caution</p><p>Mind the <em>gap</em>."
                + "</p></div>", render("""
                > [!NOTE]
                > Read this.

                > [!caution]
                >
                > Mind the *gap*.
                """));
    }

    @Test
    void everyAlertKindHasItsTitle() {
        String html = render("> [!TIP]\n> a\n\n> [!IMPORTANT]\n> b\n\n> [!Warning]\n> c\n");
        assertTrue(html.contains("callout-tip\"><p class=\"callout-title\">Tip</p>"), html);
        assertTrue(html.contains("callout-important\"><p class=\"callout-title\">Important</p>"), html);
        assertTrue(html.contains("callout-warning\"><p class=\"callout-title\">Warning</p>"), html);
    }

    @Test
    void nearMissesOfAlertsStayQuotes() {
        assertEquals("<blockquote><p>[!FOO]\nfoo</p></blockquote>", render("> [!FOO]\n> foo\n"));
        assertEquals("<blockquote><p>text\n[!NOTE]</p></blockquote>", render("> text\n> [!NOTE]\n"));
        assertEquals("<blockquote><p>[!NOTE] same line</p></blockquote>", render("> [!NOTE] same line\n"));
        assertEquals("<p>[!NOTE]\nnot quoted</p>", render("[!NOTE]\nnot quoted\n"));
    }

    @Test
    void checkNamesTheLineOfAnAlertThatStaysAQuote() {
        assertEquals(List.of(
                "7: [!FOO] is not a GitHub alert, so the quote prints as it is; the kinds are [!NOTE], [!TIP],"
                        + " [!IMPORTANT], [!WARNING] and [!CAUTION]",
                "10: [!Note] makes a call-out only alone on its line, so the quote prints as it is; move the text"
                        + " after it to the next line (> [!NOTE], then > text)"),
                check("\n> [!FOO]\n> foo\n\n> [!Note] same line\n\n> [!NOTE]\n> fine\n"));
    }

    // MkDocs admonitions

    @Test
    void admonitionsLookLikeAlertsWithTheirTitle() {
        assertEquals("<div class=\"callout callout-note\"><p class=\"callout-title\">Optional title</p><p>Body.</p>"
                + "</div><div class=\"callout callout-tip\"><p class=\"callout-title\">Tip</p><p>Printed open.</p></div>"
                + "<div class=\"callout callout-warning\"><p class=\"callout-title\">Warning</p><p>Open too.</p></div>",
                render("""
                !!! note "Optional title"
                    Body.

                ??? tip
                    Printed open.

                ???+ WARNING
                    Open too.
                """));
    }

    @Test
    void admonitionOfAnotherWordIsNeutralAndAnEmptyTitleShowsNone() {
        assertEquals("<div class=\"callout callout-neutral\"><p class=\"callout-title\">Danger</p><p>x</p></div>"
                + "<div class=\"callout callout-note\"><p>y</p></div>",
                render("!!! danger\n    x\n\n!!! note \"\"\n    y\n"));
    }

    // Fenced divs

    @Test
    void fencedDivOfACalloutClassGetsItsLookAndNestedFencesCloseTheInnermost() {
        assertEquals("<div id=\"s1-l1_setup\" class=\"callout callout-tip\"><p class=\"callout-title\">Before you"
                + " start</p><p>Outer.</p><div class=\"callout callout-warning\"><p class=\"callout-title\">Warning</p>"
                + "<p>Inner.</p></div><pre><code>:::\n</code></pre><p>Outer again.</p></div><p>After.</p>",
                render("""
                :::: {.callout-tip #setup title="Before you start"}
                Outer.

                ::: warning
                Inner.
                :::

                ```
                :::
                ```

                Outer again.
                ::::::::

                After.
                """));
    }

    @Test
    void fencedDivOpeningWithAHeadingUsesItAsTheTitle() {
        assertEquals("<div class=\"callout callout-neutral\"><h3 id=\"s1-l1_why-tabs\" class=\"callout-title\">Why"
                + " tabs?</h3><p>Because.</p></div>",
                render("::::::::::::::: callout\n## Why tabs?\n\nBecause.\n::::::::::::::::::::::::\n"));
    }

    @Test
    void fencedDivOfAnUnknownClassKeepsItsContentAsPlainText() {
        assertEquals("<p>Solve it.</p><div id=\"s1-l1_keep\"><p>Kept.</p></div>",
                render("::: discussion\nSolve it.\n:::\n\n::: {#keep .mystery}\nKept.\n:::\n"));
    }

    @Test
    void linesOfColonsThatOpenOrCloseNothingAreReported() {
        String body = "Text.\n\n:::\n\n::: {.note\nbody\n\n::: note\nnever closed\n";
        assertEquals(List.of(
                "8: the line ::: closes no fenced div and prints as text; remove it, or open a div above with :::"
                        + " and a class name",
                "10: ::: {.note opens no fenced div and prints as text; after the colons write one class name"
                        + " (::: note) or an attribute set (::: {.note #id})",
                "13: fenced div ::: note is never closed, so it ends with the lesson or the block around it; close"
                        + " it with a line of three colons :::"),
                check(body));
        assertTrue(render(body).endsWith("<div class=\"callout callout-note\"><p class=\"callout-title\">Note</p>"
                + "<p>never closed</p></div>"), render(body));
    }

    /** An API page of an MkDocs site, in the shape mkdocstrings reads: a dotted name, options indented under it. */
    @Test
    void mkdocstringsDirectivesShowTheObjectsNameInOneWarningPerLesson() {
        String body = "The page.\n\n::: tools.pages.Page\n    options:\n        heading_level: 3\n\n"
                + "::: tools.pages.Page.title\n\n::: tools.files.File\n\nAfter them.\n\n::: note\nA note.\n:::\n";
        assertEquals(List.of("8: 3 mkdocstrings directives (::: tools.pages.Page, ::: tools.pages.Page.title and 1"
                + " more) would insert API documentation that only mkdocstrings writes, from the Python code; the guides"
                + " show each object's name instead"), check(body));
        String html = render(body);
        assertTrue(html.startsWith("<p>The page.</p><p class=\"autodoc\"><code>tools.pages.Page</code></p>"
                + "<p class=\"autodoc\"><code>tools.pages.Page.title</code></p>"
                + "<p class=\"autodoc\"><code>tools.files.File</code></p><p>After them.</p>"), html);
        assertTrue(!html.contains("heading_level") && html.contains("<p class=\"callout-title\">Note</p>"),
                "the options are not text, and a div after them is one: " + html);
    }

    @Test
    void aThousandNestedDivsAreReportedAsTooDeepNotHung() {
        // Each open div looks at every line; counting the open ones keeps that constant (a search was cubic).
        String nested = "::: a\n".repeat(1_000) + ":::\n".repeat(1_000) + "::: b\nx\n".repeat(1_000);
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(nested));
        assertTrue(problems.get(0).startsWith("0: nests lists, quotes or emphasis 1002 levels deep"), problems.get(0));
    }

    @Test
    void fencedDivInsideAListItemClosesWithIt() {
        String html = render("- item\n\n  ::: note\n  inside\n  :::\n- next\n");
        assertTrue(html.contains("<li><p>item</p><div class=\"callout callout-note\">"), html);
        assertFalse(html.contains(":::"), html);
    }

    // Attributes

    @Test
    void imageAttributesGiveAltTextAndSizeButNeverPrint() throws IOException {
        image("fig/x.svg");
        String html = render("Before ![](fig/x.svg){alt='A diagram of the pipeline' width=\"40%\" data-x=1}"
                + " and ![](fig/x.svg){height=3cm} and ![](fig/x.svg){width=120} after.\n");
        assertTrue(html.contains("alt=\"A diagram of the pipeline\" style=\"width: 40%;\""), html);
        assertTrue(html.contains("style=\"height: 3cm;\""), html);
        assertTrue(html.contains("style=\"width: 120px;\""), html);
        assertFalse(html.contains("{"), html);
        assertFalse(html.contains("data-x"), html);
    }

    @Test
    void bracketsWinOverAnAltAttribute() throws IOException {
        image("x.svg");
        String html = render("See ![The brackets](x.svg){alt=\"the attribute\"} here.\n");
        assertTrue(html.contains("alt=\"The brackets\""), html);
        assertFalse(html.contains("the attribute"), html);
    }

    @Test
    void sizeInAnUnknownUnitIsDropped() throws IOException {
        image("x.svg");
        String html = render("See ![a](x.svg){width=big height=2in} here.\n");
        assertFalse(html.contains("style"), html);
        assertFalse(html.contains("width"), html);
    }

    @Test
    void headingIdIsALinkTargetInTheLessonAndForTheChecks() {
        String html = render("# Set up {#setup}\n\nSee [the set-up](#setup).\n");
        assertTrue(html.contains("<h3 id=\"s1-l1_setup\">Set up</h3>"), html);
        assertTrue(html.contains("<a href=\"#s1-l1_setup\">the set-up</a>"), html);
        assertEquals(List.of(), check("# Set up {#setup}\n\nSee [the set-up](#setup).\n"));
    }

    /** A glossary as Carpentries lessons write it: each term a span with an id that other entries link to. */
    @Test
    void aSpanIdIsALinkTargetInTheLessonAndForTheChecks() {
        String body = "[absolute path]{#absolute-path}\n:   A [path](#path) from the root.\n\n"
                + "[path]{#path}\n:   Where a file is.\n";
        String html = render(body);
        assertTrue(html.contains("<span id=\"s1-l1_path\">path</span>"), html);
        assertTrue(html.contains("<a href=\"#s1-l1_path\">path</a>"), html);
        assertEquals(List.of(), check(body));
    }

    @Test
    void spansLinksAndCodeTakeTheirClassesAndDropTheRest() {
        assertEquals("<p>A <span class=\"keyword\">key word</span> and <a href=\"https://example.org\" class=\"ext"
                + " web-link\">a link</a>.</p>", render("A [key word]{.keyword} and"
                + " [a link](https://example.org){.ext target=_blank}.\n"));
        assertTrue(render("```{.python .numberLines}\nprint(1)\n```\n")
                .startsWith("<pre><code class=\"language-python\"><span class=\"tok-keyword\">print</span>"));
    }

    @Test
    void bracketsWithoutAttributesStayText() {
        assertEquals("<p>An [aside] here.</p>", render("An [aside] here.\n"));
    }

    // Definition lists and figures

    @Test
    void definitionListHasTermsAndDefinitions() {
        assertEquals("<dl><dt>Shell</dt><dd>A program that runs commands.</dd><dt>Path</dt><dd>Where a file is.\n<p>"
                + "Absolute or relative.</p></dd></dl>", render("""
                Shell
                : A program that runs commands.

                Path
                :   Where a file is.

                    Absolute or relative.
                """));
    }

    @Test
    void imageAloneInItsParagraphBecomesAFigureCaptionedByItsBrackets() throws IOException {
        image("fig/a.svg");
        assertEquals("<div class=\"figure\"><img src=\"fig/a.svg\" alt=\"The data flow\" /><p class=\"caption\">The"
                + " data flow</p></div><div class=\"figure\"><img src=\"fig/a.svg\" alt=\"Only described\" /></div>"
                + "<p>Text ![not alone](fig/a.svg)</p>".replace("![not alone](fig/a.svg)",
                "<img src=\"fig/a.svg\" alt=\"not alone\" />"),
                render("![The data flow](fig/a.svg)\n\n![](fig/a.svg){alt=\"Only described\"}\n\nText"
                        + " ![not alone](fig/a.svg)\n"));
    }

    @Test
    void dialectsLeaveNoProblemOnAPlainLesson() {
        assertEquals(List.of(), check("# Title\n\nSome *text* with a [link](#title).\n\n> A quote.\n"));
    }

}
