package io.github.studyguide;

import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.diagnostics.LessonProblemsException;
import io.github.studyguide.diagnostics.Problem;
import io.github.studyguide.incremental.LessonCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the bundled sample course through the core pipeline and checks the guides as a reader would. */
class StudyGuideTest {

    static final Path SAMPLE = Path.of("examples/sample-course/src/main/lessons");

    /** The sample course's lessons in reading order: section numbers, then lesson numbers and order, never file names. */
    static final List<String> READING_ORDER = List.of(
            "What Is a Shell?",
            "Getting Help: man, --help and apropos",
            "Navigating the File System",
            "Hands-On: Organising a Project Folder",
            "File Permissions",
            "Check Your Understanding: Files",
            "Your First Script",
            "Variables, Loops and a Script's Exit Status");

    /**
     * Sections with their lessons indented, and a lesson's opening boxes under it, as the PDF's bookmarks and the
     * EPUB's contents nest them.
     */
    static final List<String> CONTENTS = List.of(
            "Section 1: Getting Around the Shell",
            "  1.1 " + READING_ORDER.get(0),
            "  1.2 " + READING_ORDER.get(1),
            "Section 2: Files",
            "  2.1 " + READING_ORDER.get(2),
            "    Objectives",
            "  2.1 " + READING_ORDER.get(3),
            "  2.3 " + READING_ORDER.get(4),
            "  2.4 Quiz: " + READING_ORDER.get(5),
            "  Answer Key",
            "Section 10: Scripting",
            "  10.1 " + READING_ORDER.get(6),
            "  10.2 " + READING_ORDER.get(7),
            "Exam Tips",
            "Key Points");

    @TempDir
    Path out;

    private GuideConfigBuilder config(Path source, Path output) {
        return GuideConfig.builder()
                .sourceDirectory(source)
                .outputDirectory(output)
                .finalName("guide")
                .title("Linux Shell Essentials")
                .author("Test Author")
                .version("1.0.0")
                .identifier("urn:uuid:00000000-0000-3000-8000-000000000000")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00Z"));
    }

    private Map<OutputFormat, Path> build(GuideConfig config) throws Exception {
        return new StudyGuide(config, BuildLog.SILENT).build().guides();
    }

    @Test
    void pdfHasTitlePageContentsAndLessonsInReadingOrder() throws Exception {
        File pdf = build(config(SAMPLE, out).build()).get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        assertTrue(pages.get(0).contains("Linux Shell Essentials") && pages.get(0).contains("Test Author")
                && pages.get(0).contains("Version 1.0.0") && pages.get(0).contains("January 15, 2026"), pages.get(0));
        assertTrue(pages.get(1).startsWith("Contents"), pages.get(1));

        String body = String.join("\n", pages.subList(2, pages.size()));
        int previous = -1;
        for (String title : READING_ORDER) {
            int at = body.indexOf(title);
            assertTrue(at > previous, title + " is out of order");
            previous = at;
        }
        assertTrue(body.indexOf("Section 2: Files") < body.indexOf("Section 10: Scripting"));
        assertEquals(List.of(), GuideInspector.pdfFontsNotEmbedded(pdf));
    }

    @Test
    void contentsPageNumbersPointAtTheLessonsPages() throws Exception {
        File pdf = build(config(SAMPLE, out).build()).get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        List<String> labels = GuideInspector.pdfPageLabels(pdf);
        assertEquals(List.of("i", "ii", "1", "2"), labels.subList(0, 4), "front matter in roman numerals, body from 1");
        for (String title : READING_ORDER) {
            Matcher entry = Pattern.compile(Pattern.quote(title) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(pages.get(1));
            assertTrue(entry.find(), "no contents entry for " + title + " in\n" + pages.get(1));
            int page = labels.indexOf(entry.group(1));
            String lines = pages.get(page);
            assertTrue(lines.lines().limit(3).anyMatch(line -> line.contains(title)),
                    title + " should open the page labelled " + entry.group(1) + " but it shows:\n" + lines);
            assertTrue(lines.strip().endsWith(entry.group(1)), "the page's footer shows its number:\n" + lines);
        }
    }

    @Test
    void duplexMirrorsMarginsAndStartsSectionsOnRightHandPages() throws Exception {
        File pdf = build(config(SAMPLE, out).duplex(true).build()).get(OutputFormat.PDF).toFile();
        List<String> bookmarks = GuideInspector.pdfBookmarks(pdf);
        List<Integer> targets = GuideInspector.pdfBookmarkPages(pdf);
        for (int i = 0; i < bookmarks.size(); i++) {
            if (!bookmarks.get(i).startsWith(" ")) {
                assertEquals(1, targets.get(i) % 2, bookmarks.get(i) + " starts on page " + targets.get(i));
            }
        }
        // Where a section or lesson starts, its heading stands at the left margin: the inner one on a right-hand page.
        List<Float> edges = GuideInspector.pdfTextLeftEdges(pdf);
        List<String> labels = GuideInspector.pdfPageLabels(pdf);
        float millimetre = 72f / 25.4f;
        int right = 0;
        int left = 0;
        for (int i = 0; i < bookmarks.size(); i++) {
            int page = targets.get(i);
            if (bookmarks.get(i).contains("Hands-On") || bookmarks.get(i).contains("Quiz")) {
                continue; // their headings are indented behind a bar
            }
            boolean rightHand = page % 2 == 1;
            assertEquals((rightHand ? 26 : 16) * millimetre, edges.get(page - 1), 1.5f, bookmarks.get(i) + " on page " + page);
            right += rightHand ? 1 : 0;
            left += rightHand ? 0 : 1;
        }
        assertTrue(right > 0 && left > 0, "both kinds of page were measured");
        assertEquals(0, labels.indexOf("1") % 2, "the body starts on a right-hand page (an even 0-based index)");
        List<String> pages = GuideInspector.pdfPages(pdf);
        assertEquals("", pages.get(1).strip(), "the back of the title page is blank, without a number");
        String contents = pages.get(2);
        Matcher entry = Pattern.compile("Exam Tips[ .]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(contents);
        assertTrue(entry.find(), contents);
        assertTrue(pages.get(labels.indexOf(entry.group(1))).contains("Exam Tips"), "contents numbers count the blank pages");
    }

    @Test
    void headingsStayWithTheirTextAndShortCodeBlocksStayWhole(@TempDir Path lessons) throws Exception {
        // Paragraphs of varying length push headings and code blocks to every position on the page.
        StringBuilder body = new StringBuilder();
        for (int part = 1; part <= 40; part++) {
            body.append("Filler ").append("word ".repeat(25 + (part * 37) % 90)).append("\n\n");
            body.append("#### Part ").append(part).append(" heading\n\n");
            body.append("Text of part ").append(part).append(".\n\n");
            body.append("```\nBEGIN-").append(part).append('\n').append("line\n".repeat(8 + part % 7))
                    .append("END-").append(part).append("\n```\n\n");
        }
        write(lessons, "long.md", "---\ntitle: Long\nsection: 1\nlesson: 1\n---\n" + body);
        File pdf = build(config(lessons, out).formats(Set.of(OutputFormat.PDF)).build()).get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        assertTrue(pages.size() > 10, "the test needs many page ends: " + pages.size());
        for (int part = 1; part <= 40; part++) {
            int heading = indexOfPageWith(pages, "Part " + part + " heading");
            assertTrue(pages.get(heading).contains("Text of part " + part + "."), "Part " + part + " heading sits alone");
            assertEquals(indexOfPageWith(pages, "BEGIN-" + part), indexOfPageWith(pages, "END-" + part),
                    "code block " + part + " fits on a page but was split");
        }
    }

    @Test
    void accessibleAndArchivalGuidePassesVeraPdf() throws Exception {
        File pdf = build(config(SAMPLE, out).pdfUA(true).pdfA(true).coverImage(SAMPLE.resolve("shell-basics/shell-diagram.png"))
                .duplex(true).build()).get(OutputFormat.PDF).toFile();
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "ua1"), "PDF/UA-1");
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "2u"), "PDF/A-2u");
        assertEquals(List.of(), GuideInspector.pdfFontsNotEmbedded(pdf));
        assertEquals(CONTENTS, GuideInspector.pdfBookmarks(pdf));

        Path again = out.resolve("again");
        File second = build(config(SAMPLE, again).pdfUA(true).pdfA(true)
                .coverImage(SAMPLE.resolve("shell-basics/shell-diagram.png")).duplex(true).build()).get(OutputFormat.PDF).toFile();
        assertArrayEquals(Files.readAllBytes(pdf.toPath()), Files.readAllBytes(second.toPath()), "reproducible");
    }

    @Test
    void defaultGuideIsTaggedAndPassesPdfUa() throws Exception {
        File pdf = build(config(SAMPLE, out).build()).get(OutputFormat.PDF).toFile();
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "ua1"), "PDF/UA-1");
    }

    @Test
    void plainGuideIsNotClaimedAccessible() throws Exception {
        File pdf = build(config(SAMPLE, out).pdfUA(false).build()).get(OutputFormat.PDF).toFile();
        assertFalse(GuideInspector.veraPdf(pdf, "ua1").isEmpty(), "the validator must see a difference");
    }

    @Test
    void highlightedCodeHasTheSameColoursInBothGuides() throws Exception {
        Map<OutputFormat, Path> guides = build(config(SAMPLE, out).build());
        String stylesheet;
        try (var zip = new java.util.zip.ZipFile(guides.get(OutputFormat.EPUB).toFile())) {
            stylesheet = new String(zip.getInputStream(zip.getEntry("OEBPS/styles/guide.css")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(stylesheet.contains(".tok-keyword { color: #7a1fa2; font-weight: bold; }"), stylesheet);
        assertTrue(GuideInspector.epubText(guides.get(OutputFormat.EPUB).toFile())
                .contains("<span class=\"tok-keyword\">for</span>"));
        // In the PDF, a keyword of the sample's shell loop is drawn in the keyword colour: 0x7a1fa2 as PDF RGB.
        String content = pageContent(guides.get(OutputFormat.PDF).toFile(), "Variables and Loops");
        assertTrue(content.contains("0.47843 0.12157 0.63529 rg"),
                "no text in the keyword colour on the page");
    }

    private static String pageContent(File pdf, String text) throws Exception {
        int page = indexOfPageWith(GuideInspector.pdfPages(pdf), text);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf);
             var in = document.getPage(page).getContents()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void svgImagesAreDrawnAsVectorsInThePdfAndKeptAsSvgInTheEpub() throws Exception {
        Map<OutputFormat, Path> guides = build(config(SAMPLE, out).build());
        File pdf = guides.get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        int page = indexOfPageWith(pages, "A pipeline passes the output");
        // Alone in its paragraph, the image is a figure captioned by its alt text: the text prints once, as the
        // caption, and the drawing count below shows that the image itself was drawn rather than replaced by it.
        assertEquals(1, pages.get(page).split("Three commands joined by a pipe", -1).length - 1, "the caption only");
        assertEquals(1, GuideInspector.pdfDrawingsPerPage(pdf).get(page));
        assertEquals(0, GuideInspector.pdfImagesPerPage(pdf).get(page), "vectors, not pixels");
        String epub = GuideInspector.epubText(guides.get(OutputFormat.EPUB).toFile());
        assertTrue(epub.matches("(?s).*<img src=\"\\.\\./images/[0-9a-f]{16}\\.svg\" alt=\"Three commands joined by a pipe.*"), epub);
    }

    @Test
    void tablesFitTheTextWidthAndRepeatTheirHeaderOnEveryPage(@TempDir Path lessons) throws Exception {
        StringBuilder table = new StringBuilder("| Service | Identifier | Note |\n|---|---|---|\n");
        for (int row = 1; row <= 90; row++) {
            table.append("| Row ").append(row).append(" | arn:aws:ecs:eu-west-1:123456789012:task-definition/"
                    + "web-frontend-with-a-very-long-name:").append(row).append(" | plain words that wrap |\n");
        }
        write(lessons, "table.md", "---\ntitle: Table\nsection: 1\nlesson: 1\n---\n" + table);
        File pdf = build(config(lessons, out).formats(Set.of(OutputFormat.PDF)).build()).get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        int first = indexOfPageMatching(pages, "Row 1\\b");
        int last = indexOfPageMatching(pages, "Row 90\\b");
        assertTrue(last > first, "the table spans pages");
        for (int page = first; page <= last; page++) {
            assertTrue(pages.get(page).matches("(?s).*Service\\s+Identifier\\s+Note.*"), "header row on page " + (page + 1)
                    + ":\n" + pages.get(page));
        }
        String text = String.join("", pages).replaceAll("\\s+", "");
        // A long cell wraps onto its next line, whole (the text of the next column comes between its lines).
        assertEquals(90, text.split("arn:aws:ecs:eu-west-1:123456789012:task-definition/web-frontend-", -1).length - 1);
        assertTrue(text.contains("with-a-very-long-name:90"), text);
        List<Float> margins = GuideInspector.pdfTextRightMargins(pdf);
        for (int page = first; page <= last; page++) {
            assertTrue(margins.get(page) >= 50f, "text stays inside the right margin on page " + (page + 1) + ": "
                    + margins.get(page));
        }
    }

    @Test
    void bookmarksNestLessonsUnderSections() throws Exception {
        File pdf = build(config(SAMPLE, out).build()).get(OutputFormat.PDF).toFile();
        assertEquals(CONTENTS, GuideInspector.pdfBookmarks(pdf));
        List<Integer> targets = GuideInspector.pdfBookmarkPages(pdf);
        assertTrue(targets.stream().allMatch(page -> page > 2), targets.toString());
        assertEquals(targets.stream().sorted().toList(), targets, "bookmarks follow the page order");
    }

    @Test
    void pageBreaksStartNewPages() throws Exception {
        File pdf = build(config(SAMPLE, out).build()).get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        int shell = indexOfPageWith(pages, "ls -l /etc");
        assertTrue(pages.get(shell + 1).contains("Prompts"), "the page break before 'Prompts' starts a page");
        assertTrue(!pages.get(shell).contains("Prompts"));
        int first = indexOfPageWith(pages, "Which command would list hidden files");
        assertTrue(pages.get(first + 1).contains("What does mkdir -p do"), "a page break inside a list item starts a page");
        assertTrue(!pages.get(first).contains("What does mkdir -p do"));
    }

    @Test
    void compactPageBreaksPutTheSameTextOnFewerPagesAndLeaveTheEpubAlone() throws Exception {
        Map<OutputFormat, Path> slides = build(config(SAMPLE, out.resolve("slides")).build());
        Map<OutputFormat, Path> compact = build(config(SAMPLE, out.resolve("compact")).pageBreaks(PageBreaks.COMPACT).build());
        List<String> slidePages = GuideInspector.pdfPages(slides.get(OutputFormat.PDF).toFile());
        List<String> pages = GuideInspector.pdfPages(compact.get(OutputFormat.PDF).toFile());
        assertTrue(pages.size() < slidePages.size(), pages.size() + " compact pages, " + slidePages.size() + " slides");
        int shell = indexOfPageWith(pages, "ls -l /etc");
        assertTrue(pages.get(shell).contains("Prompts"), "the page break before 'Prompts' is ignored");
        int first = indexOfPageWith(pages, "Which command would list hidden files");
        assertTrue(pages.get(first).contains("What does mkdir -p do"), "so is the one inside a list item");
        assertEquals(GuideInspector.pdfBookmarks(slides.get(OutputFormat.PDF).toFile()),
                GuideInspector.pdfBookmarks(compact.get(OutputFormat.PDF).toFile()));
        assertArrayEquals(Files.readAllBytes(slides.get(OutputFormat.EPUB)), Files.readAllBytes(compact.get(OutputFormat.EPUB)));
    }

    @Test
    void handoutSheetsAreReproducibleAndWrittenAgainWhenMissingOrChanged() throws Exception {
        GuideConfig fourUp = config(SAMPLE, out.resolve("a")).handoutLayout(HandoutLayout.FOUR_UP).build();
        build(fourUp);
        Path sheets = out.resolve("a/guide-4up.pdf");
        int pages = GuideInspector.pdfPages(out.resolve("a/guide.pdf").toFile()).size();
        assertEquals((pages + 3) / 4, GuideInspector.pdfPages(sheets.toFile()).size());
        build(config(SAMPLE, out.resolve("b")).handoutLayout(HandoutLayout.FOUR_UP).build());
        assertArrayEquals(Files.readAllBytes(sheets), Files.readAllBytes(out.resolve("b/guide-4up.pdf")));

        Files.delete(sheets);
        RecordingLog log = new RecordingLog();
        new StudyGuide(fourUp, log).build();
        assertTrue(Files.isRegularFile(sheets), "a build with the sheets missing is not up to date");
        log.clear();
        new StudyGuide(config(SAMPLE, out.resolve("a")).handoutLayout(HandoutLayout.TWO_UP).build(), log).build();
        assertTrue(log.at("INFO").stream().anyMatch(line -> line.startsWith("Wrote " + out.resolve("a/guide-2up.pdf"))),
                log.at("INFO").toString());
    }

    @Test
    void handoutSheetsNeedThePdf() {
        GuideConfig epubOnly = config(SAMPLE, out).formats(Set.of(OutputFormat.EPUB))
                .handoutLayout(HandoutLayout.TWO_UP).build();
        assertTrue(epubOnly.handoutSheetsFile().isEmpty());
        assertEquals(out.resolve("guide-2up.pdf"),
                config(SAMPLE, out).handoutLayout(HandoutLayout.TWO_UP).build().handoutSheetsFile().orElseThrow());
    }

    private static int indexOfPageMatching(List<String> pages, String regex) {
        Pattern pattern = Pattern.compile(regex);
        for (int i = 0; i < pages.size(); i++) {
            if (pattern.matcher(pages.get(i)).find()) {
                return i;
            }
        }
        throw new AssertionError("no page matches " + regex + " in\n" + String.join("\f", pages));
    }

    private static int indexOfPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    @Test
    void epubPassesEpubCheckWithNestedContentsInReadingOrder() throws Exception {
        File epub = build(config(SAMPLE, out).build()).get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        List<String> expected = new java.util.ArrayList<>(List.of("Linux Shell Essentials"));
        expected.addAll(CONTENTS);
        assertEquals(expected, GuideInspector.epubToc(epub));
    }

    @Test
    void sameInputsAndTimestampGiveByteIdenticalGuidesInAnyTimeZone() throws Exception {
        Map<OutputFormat, Path> first = build(config(SAMPLE, out.resolve("a")).build());
        TimeZone original = TimeZone.getDefault();
        Map<OutputFormat, Path> second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = build(config(SAMPLE, out.resolve("b")).build());
        } finally {
            TimeZone.setDefault(original);
        }
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.EPUB)) {
            assertArrayEquals(Files.readAllBytes(first.get(format)), Files.readAllBytes(second.get(format)),
                    format + " differs between two builds");
        }
    }

    @Test
    void lessonsReadBackFromTheCacheGiveTheSameGuidesAsACleanBuild(@TempDir Path lessons) throws Exception {
        TestFiles.copyTree(SAMPLE, lessons);
        build(config(lessons, out).build());
        Path cache = out.resolve(".studyguide-cache/guide-lessons.cache");
        assertEquals(17, LessonCache.in(cache, "", "").size(),
                "per lesson, one entry for its facts and one for the rest; one for the verdict on the drawing");
        damageOneEntry(cache);
        assertEquals(16, LessonCache.in(cache, "", "").size(), "the damaged entry is dropped, and it alone");
        Path edited = lessons.resolve("files/03-permissions.md");
        Files.writeString(edited, Files.readString(edited) + "\nOne more sentence, added between two builds.\n");

        RecordingLog log = new RecordingLog();
        Map<OutputFormat, Path> incremental = new StudyGuide(config(lessons, out).build(), log).build().guides();
        Map<OutputFormat, Path> clean = build(config(lessons, out.resolve("clean")).build());
        List<String> details = log.at("DEBUG");
        // The damaged entry is a lesson's (rendered again) or the drawing's verdict (Batik tries it again).
        assertTrue(details.contains("Rendered 1 lesson; read back 7 unchanged since the last build, and the verdicts"
                + " on 1 drawing") || details.contains("Rendered 2 lessons; read back 6 unchanged since the last build,"
                + " and the verdicts on 1 drawing") || details.contains("Rendered 1 lesson; read back 7 unchanged since"
                + " the last build, and the verdicts on 0 drawings"), details.toString());
        assertTrue(details.stream().anyMatch(line -> line.matches("PDF part sections 1-10: 15 pages, laid out in \\d+ ms")),
                details.toString());
        assertTrue(details.contains("PDF part appendix Exam Tips: 1 page, unchanged since the last build"),
                details.toString());
        assertTrue(details.stream().anyMatch(line -> line.startsWith("Joined ")), details.toString());
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.EPUB)) {
            assertArrayEquals(Files.readAllBytes(clean.get(format)), Files.readAllBytes(incremental.get(format)),
                    format + " from cached lessons");
        }
        assertTrue(GuideInspector.pdfPages(incremental.get(OutputFormat.PDF).toFile()).stream()
                .anyMatch(page -> page.contains("One more sentence")), "the edit is in the guide");
        assertEquals(17, LessonCache.in(cache, "", "").size(),
                "the old entries of the edited lesson are gone, its new ones kept, the damaged one written again");

    }

    /** Flips one byte in the middle of a file, as a disk might. */
    /**
     * Flips a byte inside the first entry's data, so that exactly one entry is damaged. (Flipping the file's middle
     * byte could hit an entry's length instead, losing the entries after it, as the cache's order follows keys that
     * name the temporary folder: the test then failed now and then.)
     */
    private static void damageOneEntry(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes));
        in.readInt(); // format
        in.readInt(); // count
        in.readUTF(); // name
        in.readLong(); // checksum
        int length = in.readInt();
        int dataStart = bytes.length - in.available();
        bytes[dataStart + length / 2] ^= 0x20;
        Files.write(file, bytes);
    }

    @Test
    void checkAfterABuildReadsTheKeptFactsAndFindsTheSameProblems(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\nSee [b](b.md#nowhere) and ![x](x.png).\n");
        write(lessons, "b.md", "---\ntitle: B\nsection: 1\nlesson: 2\n---\n## Question 1\n- A) one\n  - Correct: yes\n"
                + "- B) two\n  - Correct: also\n");
        List<Problem> fresh = new StudyGuide(config(lessons, out.resolve("fresh")).build(), BuildLog.SILENT).check();
        assertEquals(3, fresh.size(), fresh.toString());
        build(config(lessons, out).build());
        assertEquals(fresh, new StudyGuide(config(lessons, out).build(), BuildLog.SILENT).check());
    }

    @Test
    void bookEndAnswerKeyIsAnAppendixThatLinksBackToTheQuestionsInBothGuides() throws Exception {
        Map<OutputFormat, Path> guides = build(config(SAMPLE, out).quizAnswers(QuizAnswers.BOOK_END).build());
        File pdf = guides.get(OutputFormat.PDF).toFile();
        List<String> bookmarks = GuideInspector.pdfBookmarks(pdf);
        assertEquals(List.of("Answer Key", "Exam Tips", "Key Points"), bookmarks.subList(bookmarks.size() - 3, bookmarks.size()));
        assertFalse(bookmarks.contains("  Answer Key"), "no answer key inside the section");
        List<String> pages = GuideInspector.pdfPages(pdf);
        int quiz = indexOfPageWith(pages, "Which command prints the folder");
        int key = indexOfPageWith(pages, "Question 3: A, C");
        assertTrue(key > indexOfPageWith(pages, "Variables and Loops"), "the key comes after the last section");
        long backLinks = GuideInspector.pdfInternalLinks(pdf).stream().filter(link -> link.equals((key + 1) + "->" + (quiz + 1))).count();
        assertEquals(3, backLinks, "each of the three answers links to the quiz's page");
        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        assertTrue(GuideInspector.epubText(epub).contains("<a href=\"s2-l4.xhtml#s2-l4_q.3\">Question 3</a>"));
    }

    @Test
    void threadsDefaultToOnePerCore() {
        assertEquals(Runtime.getRuntime().availableProcessors(), config(SAMPLE, out).build().threads());
        assertEquals(3, config(SAMPLE, out).threads(3).build().threads());
    }

    @Test
    void writesOnlyTheRequestedFormats() throws Exception {
        Map<OutputFormat, Path> written = build(config(SAMPLE, out).formats(Set.of(OutputFormat.EPUB)).build());
        assertEquals(Set.of(OutputFormat.EPUB), written.keySet());
        try (var files = Files.list(out)) {
            assertEquals(List.of(".guide.studyguide-state", ".studyguide-cache", "guide.epub"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (var caches = Files.list(out.resolve(".studyguide-cache"))) {
            assertEquals(List.of("guide-lessons.cache"), caches.map(p -> p.getFileName().toString()).toList(),
                    "no PDF, so no PDF cache either");
        }
    }

    @Test
    void lessonProblemsFailOnceAfterReportingEveryOne(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\n");
        write(lessons, "b.md", "---\ntitle: B\nsection: 1\nlesson: 1\n---\n");
        write(lessons, "c.md", "---\nsection: 1\nlesson: 2\n---\n");
        RecordingLog log = new RecordingLog();
        LessonProblemsException failure = assertThrows(LessonProblemsException.class,
                () -> new StudyGuide(config(lessons, out).build(), log).build());
        assertEquals("The lessons have 2 errors (listed above); fix them and build again.", failure.getMessage());
        assertEquals(List.of(
                "b.md:4: lesson 1.1 is also a.md; give one of them another lesson number, or an 'order' to place it after the other",
                "c.md:1: lesson has no title; add 'title: ...' to its front matter"), log.at("ERROR"));
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing is written when the lessons have errors");
        }
    }

    @Test
    void anSvgThatCrashesBatikIsAWarningAndTheGuideIsBuiltWithoutIt(@TempDir Path lessons) throws Exception {
        // The loop goes through a style sheet, which the reference checks do not follow; Batik does, until its stack
        // overflows. It used to fail the whole PDF; Batik now tries each drawing first.
        write(lessons, "loop.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
                + "<style>.x { fill: url(#p); }</style><defs><pattern id=\"p\" width=\"10\" height=\"10\""
                + " patternUnits=\"userSpaceOnUse\"><rect class=\"x\" width=\"5\" height=\"5\"/></pattern></defs>"
                + "<rect class=\"x\" width=\"50\" height=\"50\"/></svg>");
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\n![A loop](loop.svg)\n\nText after it.\n");
        RecordingLog log = new RecordingLog();
        BuildResult result = new StudyGuide(config(lessons, out).build(), log).build();
        assertEquals(List.of("a.md:6: image loop.svg cannot be drawn by Batik, which draws SVG in the PDF"
                + " (StackOverflowError); save it as plain SVG 1.1 (Inkscape: Save As, Plain SVG) or as PNG; until then"
                + " the guides show its alt text"), log.at("WARN"));
        String text = String.join("\n", GuideInspector.pdfPages(result.guides().get(OutputFormat.PDF).toFile()));
        assertTrue(text.contains("Image not shown: A loop") && text.contains("Text after it."), text);
    }

    @Test
    void folderWithoutLessonsIsTheUsersMistake(@TempDir Path lessons) throws Exception {
        write(lessons, "README.md", "# Not a lesson\n");
        GuideException failure = assertThrows(GuideException.class, () -> build(config(lessons, out).build()));
        assertTrue(failure.getMessage().startsWith("No lessons found in " + lessons), failure.getMessage());
    }

    @Test
    void missingLessonFolderIsTheUsersMistake() {
        GuideException failure = assertThrows(GuideException.class,
                () -> build(config(out.resolve("missing"), out).build()));
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
    }

    @Test
    void failedBuildLeavesThePreviousGuideUntouched(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\nFirst version\n");
        Map<OutputFormat, Path> good = build(config(lessons, out).build());
        byte[] pdf = Files.readAllBytes(good.get(OutputFormat.PDF));
        byte[] epub = Files.readAllBytes(good.get(OutputFormat.EPUB));
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: one\n---\nBroken\n");
        assertThrows(LessonProblemsException.class, () -> build(config(lessons, out).build()));
        assertArrayEquals(pdf, Files.readAllBytes(good.get(OutputFormat.PDF)));
        assertArrayEquals(epub, Files.readAllBytes(good.get(OutputFormat.EPUB)));
        try (var files = Files.list(out)) {
            assertEquals(List.of(".guide.studyguide-state", ".studyguide-cache", "guide.epub", "guide.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files are left");
        }
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    /**
     * Two checkouts of the same course in other folders (another machine, another CI workspace) give the same bytes,
     * even in a folder whose name needs escaping in XHTML, with a cover outside the lesson folder.
     */
    @Test
    void guidesDoNotDependOnWhereTheProjectLies(@TempDir Path one, @TempDir Path two) throws Exception {
        List<byte[]> guides = new ArrayList<>();
        for (Path project : List.of(one.resolve("course"), two.resolve("R&D \"team\"/course"))) {
            Path lessons = project.resolve("src/main/lessons");
            TestFiles.copyTree(SAMPLE, lessons);
            Path cover = project.resolve("cover.png");
            Files.copy(lessons.resolve("shell-basics/shell-diagram.png"), cover);
            Map<OutputFormat, Path> built = build(config(lessons, project.resolve("target/studyguide"))
                    .coverImage(cover).build());
            guides.add(Files.readAllBytes(built.get(OutputFormat.PDF)));
            guides.add(Files.readAllBytes(built.get(OutputFormat.EPUB)));
        }
        assertArrayEquals(guides.get(0), guides.get(2), "PDF");
        assertArrayEquals(guides.get(1), guides.get(3), "EPUB");
    }

    /**
     * A project moved to another folder, lessons and build output together, keeps its caches: the rendered lessons
     * and PDF parts name their images relative to the lesson folder, so only an edited lesson is rendered again.
     */
    @Test
    void aMovedProjectKeepsItsCaches(@TempDir Path one, @TempDir Path two) throws Exception {
        Path before = one.resolve("course");
        TestFiles.copyTree(SAMPLE, before.resolve("src/main/lessons"));
        build(config(before.resolve("src/main/lessons"), before.resolve("target/studyguide")).build());
        Path after = Files.move(before, Files.createDirectories(two.resolve("R&D")).resolve("course"));
        Path lessons = after.resolve("src/main/lessons");
        Path edited = lessons.resolve("files/03-permissions.md");
        Files.writeString(edited, Files.readString(edited) + "\nOne more sentence, added after the move.\n");

        RecordingLog log = new RecordingLog();
        Map<OutputFormat, Path> moved = new StudyGuide(config(lessons, after.resolve("target/studyguide")).build(), log)
                .build().guides();
        List<String> details = log.at("DEBUG");
        assertTrue(details.contains("Rendered 1 lesson; read back 7 unchanged since the last build, and the verdicts"
                + " on 1 drawing") || details.contains("Rendered 2 lessons; read back 6 unchanged since the last build,"
                + " and the verdicts on 1 drawing"), details.toString());
        assertTrue(details.contains("PDF part appendix Exam Tips: 1 page, unchanged since the last build"),
                details.toString());
        Map<OutputFormat, Path> clean = build(config(lessons, out).build());
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.EPUB)) {
            assertArrayEquals(Files.readAllBytes(clean.get(format)), Files.readAllBytes(moved.get(format)),
                    format + " differs from a clean build");
        }
    }

    /** The cover may lie outside the lesson folder: changed in place, it is not taken from the last build's cache. */
    @Test
    void aCoverChangedInPlaceIsDrawnAnew(@TempDir Path project) throws Exception {
        Path cover = project.resolve("cover.png");
        writePng(cover, 40, 60);
        build(config(SAMPLE, out).coverImage(cover).build());
        writePng(cover, 60, 40);
        byte[] rebuilt = Files.readAllBytes(build(config(SAMPLE, out).coverImage(cover).build()).get(OutputFormat.PDF));
        byte[] clean = Files.readAllBytes(build(config(SAMPLE, project.resolve("clean")).coverImage(cover).build())
                .get(OutputFormat.PDF));
        assertArrayEquals(clean, rebuilt);
    }

    private static void writePng(Path file, int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    /** Lessons kept elsewhere and linked into the project are read through the link, and an edit is seen. */
    @Test
    void aLessonFolderThatIsALinkIsReadThrough(@TempDir Path project) throws Exception {
        Path real = project.resolve("shared/lessons");
        TestFiles.copyTree(SAMPLE, real);
        Path link = Files.createSymbolicLink(project.resolve("lessons"), real);
        Path pdf = build(config(link, out).build()).get(OutputFormat.PDF);
        byte[] first = Files.readAllBytes(pdf);
        assertTrue(String.join("\n", GuideInspector.pdfPages(pdf.toFile())).contains("What Is a Shell?"));
        Path lesson = real.resolve("shell-basics/01-what-is-a-shell.md");
        assertTrue(Files.isRegularFile(lesson), "the sample has this lesson");
        Files.writeString(lesson, Files.readString(lesson) + "\nA sentence added through the real folder.\n");
        build(config(link, out).build());
        assertFalse(Arrays.equals(first, Files.readAllBytes(pdf)), "the edit is not taken for an up-to-date guide");
        assertTrue(String.join("\n", GuideInspector.pdfPages(pdf.toFile())).contains("added through the real folder"));
    }

    /** Markup shown as text (code about HTML) is text: the EPUB writer neither reads nor rewrites it. */
    @Test
    void imageAndLinkMarkupShownAsTextStaysText(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: Alpha\nsection: 1\nlesson: 1\n---\nWrite `<img src=\"logo.png\">`, not"
                + " `<img src=\"../../../etc/passwd\">`, and link with `<a href=\"#s1-l1\">`.\n\n"
                + "    <img src=\"https://example.org/x.png\">\n");
        File epub = build(config(lessons, out).build()).get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String content = GuideInspector.epubText(epub);
        assertTrue(content.contains("&lt;img src=\"logo.png\"&gt;") && content.contains("&lt;a href=\"#s1-l1\"&gt;")
                && content.contains("&lt;img src=\"../../../etc/passwd\"&gt;")
                && content.contains("&lt;img src=\"https://example.org/x.png\"&gt;"), content);
        assertTrue(!content.contains("images/"), "nothing was taken for an image: " + content);
    }

    /**
     * An image reached through a link out of the lesson folder is left out with a warning: the build does not read
     * there (and its up-to-date check, which does not follow links, would not see the image change).
     */
    @Test
    void anImageBehindALinkOutOfTheLessonFolderIsLeftOut(@TempDir Path project) throws Exception {
        Path lessons = Files.createDirectories(project.resolve("lessons"));
        Path shared = Files.createDirectories(project.resolve("shared"));
        Files.copy(SAMPLE.resolve("shell-basics/shell-diagram.png"), shared.resolve("outside.png"));
        Files.copy(SAMPLE.resolve("shell-basics/shell-diagram.png"), lessons.resolve("inside.png"));
        Files.createSymbolicLink(lessons.resolve("pictures"), shared);
        write(lessons, "a.md", "---\ntitle: Alpha\nsection: 1\nlesson: 1\n---\n![Inside](inside.png)\n\n"
                + "![Outside](pictures/outside.png)\n");
        RecordingLog log = new RecordingLog();
        BuildResult result = new StudyGuide(config(lessons, out).build(), log).build();

        assertEquals(List.of("a.md:8: image pictures/outside.png goes through a link to "
                + shared.toRealPath().resolve("outside.png") + ", outside the lesson folder, which the build never"
                + " reads; copy the file into " + lessons + "; until then the guides show its alt text"),
                log.at("WARN"));
        File pdf = result.guides().get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        int alpha = indexOfPageWith(pages, "Outside");
        assertEquals(1, GuideInspector.pdfImagesPerPage(pdf).get(alpha), "only the image inside is drawn");
        File epub = result.guides().get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        assertTrue(GuideInspector.epubText(epub).contains("Outside"), "the alt text stands in for the image");
    }


    @Test
    void checkWarnsAboutCharactersThePdfCannotDrawOnlyWhenAPdfIsWritten(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\nHello in Japanese: \u65e5\u672c\n");
        List<String> withPdf = new StudyGuide(config(lessons, out).build(), BuildLog.SILENT).check().stream()
                .map(Problem::toString).toList();
        assertEquals(1, withPdf.size(), withPdf.toString());
        assertTrue(withPdf.get(0).startsWith("a.md:6: the PDF's font has no glyph for \u65e5 (U+65E5)"), withPdf.get(0));
        assertEquals(List.of(), new StudyGuide(config(lessons, out).formats(Set.of(OutputFormat.EPUB)).build(),
                BuildLog.SILENT).check());
    }

    @Test
    void checkReportsEveryProblemAndWritesNothing(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\n[next](b.md)\n\n<!-- page-break -->\n");
        write(lessons, "README.md", "# not a lesson\n");
        List<Problem> problems = new StudyGuide(config(lessons, out).build(), BuildLog.SILENT).check();
        assertEquals(List.of(
                "Skipped 1 Markdown file without front matter (they are not lessons): README.md",
                "a.md:6: link b.md points to no lesson of this guide; check the file name",
                "a.md:8: <!-- page-break --> is not a directive and is dropped; did you mean <!-- pagebreak -->?"),
                problems.stream().map(Problem::toString).toList());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void failOnWarningTurnsWarningsIntoAFailure(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\n![gone](missing.png)\n");
        GuideConfig strict = config(lessons, out).failOnWarning(true).build();
        LessonProblemsException failure = assertThrows(LessonProblemsException.class,
                () -> new StudyGuide(strict, BuildLog.SILENT).build());
        assertEquals("The lessons have 0 errors and 1 warning (listed above); fix them and build again."
                + " (failOnWarning is set, so warnings fail the build)", failure.getMessage());
        assertEquals(2, build(config(lessons, out).build()).size(), "without failOnWarning the guide is built");
    }

    @Test
    void finalNameCannotLeaveTheOutputFolder() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> config(SAMPLE, out).finalName("../../elsewhere").build());
        assertTrue(failure.getMessage().startsWith("finalName '../../elsewhere' must be a plain file name"), failure.getMessage());
    }

    @Test
    void remoteImagesAreNeverFetched(@TempDir Path lessons) throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/diagram.png";
            // An SVG's DOCTYPE may name any DTD; neither the checks nor Batik may fetch it.
            String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/svg.dtd";
            write(lessons, "d.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//Example//DTD SVG//EN\" \"" + dtd
                    + "\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><rect width=\"9\" height=\"9\"/></svg>\n");
            write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\n![Diagram](" + url + ")\n\n<img src=\"" + url + "\">\n"
                    + "\n![Local drawing](d.svg)\n");
            File pdf = build(config(lessons, out).build()).get(OutputFormat.PDF).toFile();
            assertEquals(1, GuideInspector.pdfDrawingsPerPage(pdf).stream().mapToInt(Integer::intValue).sum(),
                    "the SVG is drawn all the same");
        } finally {
            server.stop(0);
        }
        assertEquals(0, requests.get(), "the build contacted the network");
    }

    @Test
    void lessonsAreNeverModified(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\nBody &nbsp; <!-- pagebreak --> text\n");
        Path lesson = lessons.resolve("a.md");
        byte[] before = Files.readAllBytes(lesson);
        var modified = Files.getLastModifiedTime(lesson);
        build(config(lessons, out).build());
        assertArrayEquals(before, Files.readAllBytes(lesson));
        assertEquals(modified, Files.getLastModifiedTime(lesson));
        try (var files = Files.list(lessons)) {
            assertEquals(List.of("a.md"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void secondBuildWithNothingChangedIsUpToDate(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\nFirst\n");
        RecordingLog log = new RecordingLog();
        Map<OutputFormat, Path> first = new StudyGuide(config(lessons, out).build(), log).build().guides();
        byte[] pdf = Files.readAllBytes(first.get(OutputFormat.PDF));
        log.clear();
        assertEquals(first, new StudyGuide(config(lessons, out).build(), log).build().guides());
        List<String> info = log.at("INFO");
        assertEquals(1, info.size(), info.toString());
        assertTrue(info.get(0).startsWith("Study guide is up to date"), info.toString());

        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\nSecond\n");
        log.clear();
        new StudyGuide(config(lessons, out).build(), log).build();
        assertTrue(log.at("INFO").stream().anyMatch(line -> line.startsWith("Study guide built")), log.at("INFO").toString());
        assertTrue(!java.util.Arrays.equals(pdf, Files.readAllBytes(first.get(OutputFormat.PDF))));
    }

    @Test
    void imagesAndLinksBetweenLessonsWorkInBothGuides(@TempDir Path lessons) throws Exception {
        Path part = Files.createDirectories(lessons.resolve("part"));
        Files.copy(SAMPLE.resolve("shell-basics/shell-diagram.png"), part.resolve("diagram.png"));
        write(part, "a.md", "---\ntitle: Alpha\nsection: 1\nlesson: 1\n---\n![Diagram](diagram.png)\n\n"
                + "See [the details](b.md#details) and [the slides](slides.pdf).\n");
        write(part, "b.md", "---\ntitle: Beta\nsection: 1\nlesson: 2\n---\nIntro\n\n<!-- pagebreak -->\n\n"
                + "## Details\n\nBack to [Alpha](/part/a.md).\n");
        Map<OutputFormat, Path> guides = build(config(lessons, out).build());

        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String content = GuideInspector.epubText(epub);
        assertTrue(content.matches("(?s).*<img src=\"\\.\\./images/[0-9a-f]{16}\\.png\" alt=\"Diagram\" />.*"), content);
        assertTrue(content.contains("<a href=\"s1-l2.xhtml#s1-l2_details\">the details</a>"), content);
        assertTrue(content.contains("<a href=\"s1-l1.xhtml#s1-l1\">Alpha</a>"), content);
        assertTrue(!content.contains("file:") && !content.contains("slides.pdf"), content);

        File pdf = guides.get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        int alpha = indexOfPageWith(pages, "See the details") + 1;
        int details = indexOfPageWith(pages, "Back to Alpha") + 1;
        assertEquals(1, GuideInspector.pdfImagesPerPage(pdf).get(alpha - 1), "the diagram is on Alpha's page");
        List<String> links = GuideInspector.pdfInternalLinks(pdf);
        assertTrue(links.contains(alpha + "->" + details), "Alpha links to the page with Beta's details: " + links);
        assertTrue(links.contains(details + "->" + alpha), "Beta links back to Alpha: " + links);
    }

    @Test
    void handoutsHaveOneFilePerSectionWithItsOwnTitlePageAndNumbers() throws Exception {
        BuildResult result = new StudyGuide(config(SAMPLE, out).handouts(true).build(), BuildLog.SILENT).build();
        assertEquals(List.of(1, 2, 10), List.copyOf(result.handouts().keySet()));
        assertEquals(out.resolve("guide-section-10.pdf"), result.handouts().get(10));

        File files = result.handouts().get(2).toFile();
        List<String> pages = GuideInspector.pdfPages(files);
        assertTrue(pages.get(0).startsWith("Section 2: Files") && pages.get(0).contains("Linux Shell Essentials"),
                "the handout's title page names the section, then the guide:\n" + pages.get(0));
        String text = String.join("\n", pages);
        assertTrue(text.contains(READING_ORDER.get(2)) && text.contains(READING_ORDER.get(3)) && text.contains(READING_ORDER.get(4)));
        assertTrue(!text.contains(READING_ORDER.get(0)) && !text.contains(READING_ORDER.get(6)), "only its own lessons");
        assertEquals(List.of("i", "1", "2"), GuideInspector.pdfPageLabels(files).subList(0, 3), "numbers restart at 1");
        assertEquals(CONTENTS.subList(3, 10), GuideInspector.pdfBookmarks(files));

        BuildResult again = new StudyGuide(config(SAMPLE, out).handouts(true).build(), BuildLog.SILENT).build();
        assertEquals(result, again, "an up-to-date build still reports its handouts");
    }

    @Test
    void cramSheetCollectsEveryTipInReadingOrderAndLinksBack() throws Exception {
        Map<OutputFormat, Path> guides = build(config(SAMPLE, out).build());
        File pdf = guides.get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        int appendix = java.util.stream.IntStream.range(2, pages.size())
                .filter(i -> pages.get(i).startsWith("Exam Tips")).findFirst().orElseThrow();
        String cram = String.join("\n", pages.subList(appendix, pages.size()));
        List<String> tipsInOrder = List.of(
                "A prompt ending in # means you are working as root",
                "the answer is apropos",
                "Octal permissions add up",
                "missing the execute permission or the shebang line",
                "runs N times",
                "straight after the command you care about");
        int previous = -1;
        for (String tip : tipsInOrder) {
            int at = cram.replaceAll("\\s+", " ").indexOf(tip);
            assertTrue(at > previous, tip + " is missing from the cram sheet or out of order:\n" + cram);
            previous = at;
        }
        assertTrue(pages.get(appendix).contains("1.1 What Is a Shell?"), "the cram sheet names each lesson:\n" + pages.get(appendix));
        List<String> labels = GuideInspector.pdfPageLabels(pdf);
        assertTrue(pages.get(1).contains("Exam Tips"), "the contents list the appendix");
        List<String> links = GuideInspector.pdfInternalLinks(pdf);
        int whatIsAShell = indexOfPageWith(pages, "A shell is a program") + 1;
        assertTrue(links.contains((appendix + 1) + "->" + whatIsAShell), "the cram sheet links back: " + links);
        assertEquals(labels.size(), pages.size());

        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String content = GuideInspector.epubText(epub);
        assertTrue(content.contains("<a href=\"s1-l1.xhtml#s1-l1\">1.1 What Is a Shell?</a>"), content);
    }

    @Test
    void cramSheetCanBeLeftOut() throws Exception {
        File pdf = build(config(SAMPLE, out).examTips(false).build()).get(OutputFormat.PDF).toFile();
        assertTrue(!GuideInspector.pdfBookmarks(pdf).contains("Exam Tips"));
    }

    @Test
    void lessonsShowTheirNumberAndHandsOnGuidesTheirKind(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: Overview\nsection: 3\nlesson: 4\n---\nText\n");
        write(lessons, "b.md", "---\ntitle: Build the cluster\nsection: 3\nlesson: 4\norder: 1\ntype: hands-on\n---\n"
                + "1. Open the console\n2. Create the cluster\n\n- **Step 3**: Check it\n");
        File epub = build(config(lessons, out).build()).get(OutputFormat.EPUB).toFile();
        assertEquals(List.of("Linux Shell Essentials", "Section 3", "  3.4 Overview", "  3.4 Hands-On: Build the cluster"),
                GuideInspector.epubToc(epub));
        String content = GuideInspector.epubText(epub);
        assertTrue(content.contains("<h2 id=\"s3-l4-o1\" class=\"lesson-title hands-on\">3.4 Hands-On: Build the cluster</h2>"), content);
        assertTrue(content.contains("<ol class=\"steps\">") && content.contains("<li class=\"step\">"), content);
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        File pdf = build(config(lessons, out.resolve("plain")).numbering(false).build()).get(OutputFormat.PDF).toFile();
        assertEquals(List.of("Section 3", "  Overview", "  Hands-On: Build the cluster"), GuideInspector.pdfBookmarks(pdf));
    }

    @Test
    void printLinkUrlsPrintsWebAddressesOnceAfterTheirText(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: A\nsection: 1\nlesson: 1\n---\nRead [the manual](https://example.org/manual)"
                + " or <https://example.org/bare>.\n");
        String plain = String.join("\n", GuideInspector.pdfPages(
                build(config(lessons, out.resolve("plain")).build()).get(OutputFormat.PDF).toFile()));
        assertTrue(plain.contains("Read the manual or https://example.org/bare."), plain);
        String printed = String.join("\n", GuideInspector.pdfPages(
                build(config(lessons, out.resolve("printed")).printLinkUrls(true).build()).get(OutputFormat.PDF).toFile()));
        assertTrue(printed.contains("Read the manual (https://example.org/manual) or https://example.org/bare."), printed);
    }

    @Test
    void coverImageOpensBothGuides(@TempDir Path elsewhere) throws Exception {
        Path cover = Files.copy(Path.of("examples/sample-course/src/main/lessons/shell-basics/shell-diagram.png"),
                elsewhere.resolve("cover.png"));
        Map<OutputFormat, Path> guides = build(config(SAMPLE, out).coverImage(cover).build());
        File pdf = guides.get(OutputFormat.PDF).toFile();
        List<String> pages = GuideInspector.pdfPages(pdf);
        assertEquals(1, GuideInspector.pdfImagesPerPage(pdf).get(0), "the cover page shows the image");
        assertTrue(pages.get(0).isBlank(), "and nothing else, not even a page number: " + pages.get(0));
        assertTrue(pages.get(1).contains("Linux Shell Essentials") && !pages.get(1).strip().endsWith("ii"),
                "the title page follows, unnumbered:\n" + pages.get(1));
        assertTrue(pages.get(2).startsWith("Contents"), pages.get(2));

        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        assertTrue(GuideInspector.epubText(epub).contains("<img src=\"../images/cover.png\""));
    }

    @Test
    void coverImageTooLargeToDecodeIsTheUsersMistake() throws IOException {
        Path cover = Files.write(out.resolve("huge-cover.png"), TestImages.pngHeader(10_000, 6_000));
        GuideException failure = assertThrows(GuideException.class,
                () -> build(config(SAMPLE, out).coverImage(cover).build()));
        assertEquals("coverImage " + cover + " is 10000 x 6000 pixels (60 megapixels), which the PDF renderer would"
                + " decode whole in memory; scale it down to at most 50 megapixels (a page's text is about 2,000 pixels"
                + " wide at 300 dpi).", failure.getMessage());
    }

    @Test
    void missingCoverImageIsTheUsersMistake() {
        GuideException failure = assertThrows(GuideException.class,
                () -> build(config(SAMPLE, out).coverImage(out.resolve("nope.png")).build()));
        assertTrue(failure.getMessage().startsWith("coverImage " + out.resolve("nope.png") + " does not exist"));
    }
}
