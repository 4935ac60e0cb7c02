package io.github.studyguide.render;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseRendererTest {

    /** Renders one lesson in section 1 with the given body. */
    private String render(String body) {
        return renderCourse(List.of("---\ntitle: 'The Title'\nsection: 1\nlesson: 1\n---\n" + body)).get(0);
    }

    private List<String> renderCourse(List<String> lessons) {
        Problems problems = new Problems();
        List<ParsedFile> files = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            String path = "l" + i + ".md";
            new FrontMatterParser().parse(new SourceFile(Path.of(path), path, lessons.get(i)), problems).ifPresent(files::add);
        }
        Course course = new CourseAssembler().assemble(files, problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        String xhtml = new CourseRenderer(course, Path.of("."), new RenderOptions(false, true, QuizAnswers.SECTION_END)).render(2, problems).sections().stream()
                .flatMap(s -> s.lessons().stream()).map(RenderedLesson::xhtml).reduce("", (a, b) -> a + "\u0000" + b);
        List<String> fragments = new ArrayList<>(List.of(xhtml.substring(1).split("\u0000")));
        fragments.forEach(CourseRendererTest::assertWellFormed);
        return fragments;
    }

    private static void assertWellFormed(String fragment) {
        String doc = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + fragment + "</div>";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
            assertTrue(parsed.getDocumentElement() != null);
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + fragment, e);
        }
    }

    @Test
    void opensWithTheTitleAnchoredAtTheLesson() {
        assertEquals("<h2 id=\"s1-l1\" class=\"lesson-title\">The Title</h2><p>Text</p>", render("Text\n"));
    }

    @Test
    void dropsABodyHeadingThatRepeatsTheTitleAndMovesHeadingsBelowIt() {
        assertEquals("<h2 id=\"s1-l1\" class=\"lesson-title\">The Title</h2>\n"
                + "<h3 id=\"s1-l1_part\">Part</h3>",
                render("### The  title\n\n##### Part\n"));
    }

    @Test
    void fencedCodeIsHighlightedByItsLanguageAndOtherCodeStaysPlain() {
        String html = render("```python\nimport os  # <b>\n```\n\n```\nimport os\n```\n\n```cobol\nMOVE A TO B\n```\n");
        assertTrue(html.contains("<pre><code class=\"language-python\"><span class=\"tok-keyword\">import</span> os  "
                + "<span class=\"tok-comment\"># &lt;b&gt;</span>\n</code></pre>"), html);
        assertTrue(html.contains("<pre><code>import os\n</code></pre>"), html);
        assertTrue(html.contains("<pre><code class=\"language-cobol\">MOVE A TO B\n</code></pre>"), html);
    }

    @Test
    void keepsAFirstHeadingThatDiffersFromTheTitle() {
        String html = render("# Overview\n\n## Detail\n");
        assertTrue(html.contains("<h3 id=\"s1-l1_overview\">Overview</h3>"), html);
        assertTrue(html.contains("<h4 id=\"s1-l1_detail\">Detail</h4>"), html);
    }

    @Test
    void rendersGfmTables() {
        String html = render("""
                | Tool | Use |
                |:-----|----:|
                | `ls` | list |
                """);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th align=\"left\">Tool</th>"), html);
        assertTrue(html.contains("<td align=\"right\">list</td>"), html);
    }

    @Test
    void rendersStrikethroughAndAutolinks() {
        String html = render("~~old~~ see https://example.org now\n");
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html);
    }

    @Test
    void rendersTaskListsAsPrintableBoxes() {
        String html = render("- [x] done\n- [ ] todo\n");
        assertTrue(html.contains("<span class=\"task-box done\">\u2611</span>"), html);
        assertTrue(html.contains("<span class=\"task-box open\">\u2610</span>"), html);
        assertFalse(html.contains("<input"), html);
    }

    @Test
    void rendersFootnotesWithLessonScopedIds() {
        String html = render("Claim[^1].\n\n[^1]: Source.\n");
        assertTrue(html.contains("href=\"#s1-l1_fn-1\""), html);
        assertTrue(html.contains("id=\"s1-l1_fn-1\""), html);
        assertTrue(html.contains("href=\"#s1-l1_fnref-1\""), html);
    }

    @Test
    void rendersFencedCodeEscaped() {
        String html = render("```text\nif (a < b && c) {}\n```\n");
        assertTrue(html.contains("<pre><code class=\"language-text\">if (a &lt; b &amp;&amp; c) {}\n</code></pre>"), html);
    }

    @Test
    void turnsNonBreakingSpaceEntitiesIntoWellFormedXml() {
        String html = render("a&nbsp;b <br> c\n");
        assertTrue(html.contains("a\u00a0b") || html.contains("a&#xa0;b"), html);
        assertTrue(html.contains("<br />"), html);
    }

    @Test
    void pageBreakCommentBetweenBlocksBecomesAPageBreak() {
        assertEquals("<h2 id=\"s1-l1\" class=\"lesson-title\">The Title</h2><p>One</p>\n<div class=\"page-break\"></div>\n<p>Two</p>",
                render("One\n\n<!-- pagebreak -->\n\nTwo\n"));
    }

    @Test
    void indentedPageBreakInsideAListItemStaysInTheItem() {
        String html = render("""
                1. First question
                   <!-- pagebreak -->
                2. Second question
                """);
        assertTrue(html.matches("(?s).*<li>First question\\s*<div class=\"page-break\"></div>\\s*</li>.*"), html);
    }

    @Test
    void inlinePageBreakMovesAfterItsParagraph() {
        String html = render("Before <!-- pagebreak --> after\n\nNext\n");
        assertTrue(html.contains("<p>Before  after</p><div class=\"page-break\"></div>"), html);
    }

    @Test
    void otherCommentsAreDropped() {
        String html = render("<!-- TODO: check -->\n\nText <!-- aside -->\n");
        assertFalse(html.contains("TODO"), html);
        assertFalse(html.contains("aside"), html);
        assertFalse(html.contains("page-break"), html);
    }

    @Test
    void pageBreakInsideCodeIsLeftAsCode() {
        String html = render("```html\n<!-- pagebreak -->\n```\n");
        assertTrue(html.contains("&lt;!-- pagebreak --&gt;"), html);
        assertFalse(html.contains("page-break\""), html);
    }

    @Test
    void headingIdsAreUniqueAcrossTheWholeGuide() {
        List<String> lessons = renderCourse(List.of(
                "---\ntitle: A\nsection: 1\nlesson: 1\n---\n## Summary\n\n## Summary\n",
                "---\ntitle: B\nsection: 1\nlesson: 2\n---\n## Summary\n",
                "---\ntitle: C\nsection: 1\nlesson: 2\norder: 1\n---\n## Summary\n"));
        Set<String> ids = new HashSet<>();
        Matcher matcher = Pattern.compile(" id=\"([^\"]+)\"").matcher(String.join("", lessons));
        int count = 0;
        while (matcher.find()) {
            assertTrue(ids.add(matcher.group(1)), "duplicate id " + matcher.group(1));
            count++;
        }
        assertEquals(7, count, ids.toString());
    }

    @Test
    void scriptsAndEventHandlersNeverReachTheOutput() {
        String html = render("<script>alert(1)</script>\n\n<p onclick=\"x()\"><a href=\"javascript:x()\">a</a></p>\n");
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onclick"), html);
    }

    /**
     * Raw HTML beyond XHTML 1.1 is reduced to it: each element outside the vocabulary gives way to its content, and
     * each attribute it does not know is dropped, while the ones it knows stay in their order.
     */
    @Test
    void rawHtmlIsReducedToTheXhtmlVocabulary() {
        String html = render("""
                <section data-step="1" aria-label="x"><aside>In <mark>an aside</mark>, <font color="red">red</font>.</aside></section>

                <p lang="de" class="k" style="color: navy" id="p1" data-x="y" hidden="">Text <u>under</u><wbr>lined</p>

                <table bgcolor="#fff" summary="s"><tr><td colspan="2" nowrap="" width="10">cell</td></tr></table>

                <a href="https://example.org/" target="_blank" rel="noopener" title="t">web</a> <center>mid</center>

                <ol start="3" reversed=""><li value="9">three</li></ol>
                """);
        String body = html.substring(html.indexOf("</h2>") + "</h2>".length());
        assertEquals("In an aside, red."
                + "<p class=\"k\" style=\"color: navy\" id=\"s1-l1_p1\">Text underlined</p>"
                + "<table summary=\"s\"><tbody><tr><td colspan=\"2\">cell</td></tr></tbody></table>"
                + "<p><a href=\"https://example.org/\" title=\"t\" class=\"web-link\">web</a> </p>mid<p></p>"
                + "<ol start=\"3\"><li>three</li></ol>", body.replace("\n", ""));
    }

    @Test
    void linksToOtherLessonsBecomeLinksWithinTheGuide() {
        List<String> lessons = renderCourse(List.of(
                "---\ntitle: A\nsection: 1\nlesson: 1\n---\nSee [B](l1.md), [its setup](l1.md#setup) and [the web](https://example.org).\n",
                "---\ntitle: B\nsection: 1\nlesson: 2\n---\n## Setup\n"));
        String first = lessons.get(0);
        assertTrue(first.contains("<a href=\"#s1-l2\">B</a>"), first);
        assertTrue(first.contains("<a href=\"#s1-l2_setup\">its setup</a>"), first);
        assertTrue(first.contains("<a href=\"https://example.org\" class=\"web-link\">the web</a>"), first);
        assertTrue(lessons.get(1).contains("id=\"s1-l2_setup\""), lessons.get(1));
    }

    @Test
    void linksTheGuideCannotHoldKeepOnlyTheirText() {
        String html = render("Get [the slides](slides.pdf) or [a lost lesson](gone.md).\n");
        assertTrue(html.contains("<p>Get the slides or a lost lesson.</p>"), html);
    }

    @Test
    void imagesThatCannotBeShownLeaveTheirAltText() {
        String html = render("![Network diagram](missing.png) ![](https://example.org/x.png)\n");
        assertTrue(html.contains("<span class=\"missing-image\">Network diagram</span>"), html);
        assertTrue(html.contains("<span class=\"missing-image\">[image]</span>"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void listItemsOpeningWithTheExamTipLabelAreMarked() {
        String html = render("""
                - **Exam Tip**: colon after the bold label
                - **Exam Tips:** colon inside the bold label
                - **exam tip** lower case

                - **Exam Tip**: in a loose list

                - plain item
                """);
        assertEquals(4, count(html, "<li class=\"exam-tip\">"), html);
        assertTrue(html.contains("<li>\n<p>plain item</p>"), html);
    }

    @Test
    void nearMissesAreNotExamTips() {
        String html = render("""
                - The **Exam Tip** label is not at the start
                - **Exam** alone
                - **Exam Tip and trick**: longer label
                - *Exam Tip*: italic, not bold

                ### Exam tips and tricks

                Not a tip section.
                """);
        assertFalse(html.contains("class=\"exam-tip\""), html);
    }

    @Test
    void headingSectionNamedExamTipsBecomesACallOutUpToTheNextHeadingOfItsLevel() {
        String html = render("""
                ## Overview

                Text.

                ### Exam Tips

                Remember this.

                #### Detail inside

                - and this

                ### Next part

                Outside.
                """);
        assertTrue(html.matches("(?s).*<div class=\"exam-tip\"><h4[^>]*>Exam Tips</h4>.*Remember this.*<h5[^>]*>Detail inside</h5>.*and this.*</div>\\s*<h4[^>]*>Next part</h4>.*"), html);
        assertFalse(html.substring(html.indexOf("Next part")).contains("class=\"exam-tip\""), html);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
