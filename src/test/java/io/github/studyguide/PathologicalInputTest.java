package io.github.studyguide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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

    private void assertFailsNaming(String file) {
        assertThrows(LessonProblemsException.class, () -> guide(OutputFormat.EPUB).build());
        List<String> errors = log.at("ERROR");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ": nests lists, quotes or emphasis"), errors.get(0));
    }

    @Test
    void tenThousandNestedBlockQuotesFailNamingTheFile() throws IOException {
        lesson("quotes.md", ">".repeat(10_000) + " deep\n");
        assertFailsNaming("quotes.md");
    }

    @Test
    void thousandsOfNestedListsFailNamingTheFile() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            body.append("  ".repeat(i)).append("- item\n");
        }
        lesson("lists.md", body.toString());
        assertFailsNaming("lists.md");
    }

    @Test
    void deeplyNestedEmphasisFailsNamingTheFile() throws IOException {
        lesson("emphasis.md", "*a **b ".repeat(5_000) + "x" + "** a*".repeat(5_000) + "\n");
        assertFailsNaming("emphasis.md");
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
