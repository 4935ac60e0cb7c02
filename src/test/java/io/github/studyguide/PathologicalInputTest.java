package io.github.studyguide;

import io.github.studyguide.diagnostics.LessonProblemsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and degenerate lessons, in the spirit of commonmark-java's PathologicalTest: each either renders or fails
 * with an error naming the file, and never lets a StackOverflowError or OutOfMemoryError reach the user.
 */
class PathologicalInputTest {

    @TempDir
    Path lessons;

    @TempDir
    Path out;

    private final RecordingLog log = new RecordingLog();

    private void lesson(String name, String body) throws IOException {
        Files.writeString(lessons.resolve(name), "---\ntitle: '" + name + "'\nsection: 1\nlesson: 1\n---\n" + body);
    }

    private StudyGuide guide(OutputFormat format) {
        GuideConfig config = GuideConfig.builder().sourceDirectory(lessons).outputDirectory(out).finalName("guide")
                .title("Hostile").identifier("urn:uuid:00000000-0000-3000-8000-000000000001")
                .formats(Set.of(format)).outputTimestamp(Instant.EPOCH).build();
        return new StudyGuide(config, log);
    }

    private void assertFailsNaming(String fileAndLine) {
        assertThrows(LessonProblemsException.class, () -> guide(OutputFormat.EPUB).build());
        List<String> errors = log.at("ERROR");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(fileAndLine + ": nests lists"), errors.get(0));
    }

    @Test
    void tenThousandNestedBlockQuotesFailNamingTheFile() throws IOException {
        lesson("quotes.md", ">".repeat(10_000) + " deep\n");
        assertFailsNaming("quotes.md:6");
    }

    @Test
    void thousandsOfNestedListsFailNamingTheFile() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            body.append("  ".repeat(i)).append("- item\n");
        }
        lesson("lists.md", body.toString());
        // 49 lists and their items, a paragraph and its text: 100 levels; the 50th list is one too many.
        assertFailsNaming("lists.md:55");
    }

    @Test
    void deeplyNestedEmphasisFailsNamingTheFile() throws IOException {
        lesson("emphasis.md", "*a **b ".repeat(5_000) + "x" + "** a*".repeat(5_000) + "\n");
        assertFailsNaming("emphasis.md");
    }

    /** flexmark finalises lists in time that grows with the square of their depth: this ran for minutes. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nineMegabytesOfLinesOpeningThousandsOfListsFailAtOnceNamingTheLine() throws IOException {
        String line = "- ".repeat(1_500) + "x\n";
        lesson("nested.md", "Ordinary text first.\n\n" + line.repeat(3_000));
        assertTrue(Files.size(lessons.resolve("nested.md")) > 9_000_000);
        assertFailsNaming("nested.md:8");
        assertTrue(log.at("ERROR").get(0).endsWith("nests lists or quotes more than 100 levels deep on this line; at"
                + " most 100 are supported, so flatten the deepest part"), log.at("ERROR").toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void twentyThousandNestedBlockQuotesOverManyLinesFailNamingTheLine() throws IOException {
        StringBuilder body = new StringBuilder("Fine.\n\n");
        for (int i = 1; i <= 20_000; i += 100) {
            body.append(">".repeat(i)).append(" level ").append(i).append('\n');
        }
        lesson("quotes.md", body.toString());
        assertFailsNaming("quotes.md:9");
    }

    /** Lines and thematic breaks that look like deep nesting but are not: none is refused. */
    @Test
    void wideButShallowMarkupIsNotTakenForNesting() throws Exception {
        lesson("wide.md", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n\n"
                + "* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *\n\n"
                + "```\n" + "- ".repeat(200) + "in a fence\n" + ">".repeat(200) + "\n```\n\n"
                + "    " + "- ".repeat(200) + "indented code\n\n" + "1. one\n2. two\n\nThe end.\n");
        Path epub = guide(OutputFormat.EPUB).build().guides().get(OutputFormat.EPUB);
        assertEquals(List.of(), log.at("ERROR"));
        assertTrue(GuideInspector.epubText(epub.toFile()).contains("The end."));
    }

    /**
     * 60,000 paragraphs with a link each: asking flexmark for each link's line counted from the start of the text
     * every time, which ran for minutes. The link on the last line is broken, so its line is reported.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sixtyThousandLinkedParagraphsBuildAndTheLastLinkHasItsLine() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            body.append("Paragraph ").append(i).append(" links to [the site](https://example.org/p").append(i)
                    .append(") as ordinary lessons do.\n\n");
        }
        body.append("The [last link](missing.md) is broken.\n");
        lesson("links.md", body.toString());
        assertTrue(Files.size(lessons.resolve("links.md")) > 4_500_000);
        Path epub = guide(OutputFormat.EPUB).build().guides().get(OutputFormat.EPUB);
        assertTrue(Files.size(epub) > 0);
        List<String> warnings = log.at("WARN");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("links.md:120006: link missing.md points to no lesson of this guide"),
                warnings.get(0));
    }

    @Test
    void nestingWithinTheLimitRendersToPdf() throws Exception {
        lesson("quotes.md", ">".repeat(20) + " deep enough\n");
        Path pdf = guide(OutputFormat.PDF).build().guides().get(OutputFormat.PDF);
        assertTrue(String.join("", GuideInspector.pdfPages(pdf.toFile())).contains("deep enough"));
    }

    @Test
    void megabyteLineRenders() throws Exception {
        lesson("line.md", "word ".repeat(200_000) + "\n");
        Path epub = guide(OutputFormat.EPUB).build().guides().get(OutputFormat.EPUB);
        assertEquals(List.of(), GuideInspector.epubCheck(epub.toFile()));
    }

    @Test
    void tenMegabyteLessonRenders() throws Exception {
        String paragraph = "A sentence of ordinary text that repeats to make a very large lesson. ".repeat(20) + "\n\n";
        lesson("big.md", ("## Part\n\n" + paragraph.repeat(10)).repeat(750));
        assertTrue(Files.size(lessons.resolve("big.md")) > 10_000_000);
        Path epub = guide(OutputFormat.EPUB).build().guides().get(OutputFormat.EPUB);
        assertTrue(Files.size(epub) > 0);
    }

    @Test
    void rawHtmlCannotSmuggleScriptsOrEntities() throws Exception {
        lesson("raw.md", """
                <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <script>alert('x')</script>
                <iframe src="https://example.org"></iframe>
                <object data="x.swf"></object>
                <p onmouseover="steal()">Hover <a href="javascript:steal()">here</a> &xxe;</p>
                <section><details><summary>HTML5</summary>kept as text</details></section>
                <form action="https://example.org"><input name="q"></form>
                """);
        Path epub = guide(OutputFormat.EPUB).build().guides().get(OutputFormat.EPUB);
        assertEquals(List.of(), GuideInspector.epubCheck(epub.toFile()));
        String content = GuideInspector.epubText(epub.toFile());
        for (String banned : List.of("<script", "<iframe", "<object", "onmouseover", "javascript:", "<form", "<input",
                "root:", "ENTITY")) {
            assertTrue(!content.contains(banned), banned + " reached the EPUB:\n" + content);
        }
        assertTrue(content.contains("kept as text"), content);

        String pdfText = String.join("\n", GuideInspector.pdfPages(guide(OutputFormat.PDF).build().guides().get(OutputFormat.PDF).toFile()));
        assertTrue(pdfText.contains("kept as text") && !pdfText.contains("root:") && !pdfText.contains("alert"), pdfText);
    }
}
