package io.github.studyguide;

import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.LessonProblemsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What public courses that nobody here wrote broke, each reproduced with original lessons of the same shape: every
 * guide is built, validates and says what it left out.
 */
class RealCourseDefectsTest {

    @TempDir
    Path lessons;

    @TempDir
    Path out;

    private final RecordingLog log = new RecordingLog();

    private GuideConfigBuilder config() {
        return TestConfigs.guide(lessons, out, "Real Shapes");
    }

    private Map<OutputFormat, Path> build(GuideConfig config) throws Exception {
        return new StudyGuide(config, log).build().guides();
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(lessons.resolve(name).getParent());
        Files.writeString(lessons.resolve(name), text);
    }

    private static String pdfText(Map<OutputFormat, Path> guides) throws IOException {
        return String.join("\n", GuideInspector.pdfPages(guides.get(OutputFormat.PDF).toFile()));
    }

    /**
     * Drawings as OpenOffice and old Inkscape export them, found on real courses: one that says SVG 1.2 (Batik's SVG
     * 1.2 bridge throws on its editor's elements), one with flowed text (which Batik refuses otherwise). Browsers
     * draw both, the first whole and the second without its flowed text; so do both guides now, without a warning.
     */
    @Test
    void drawingsThatSaySvg12OrFlowTheirTextAreDrawnInBothGuides() throws Exception {
        write("pipes/pipe.svg", TestDrawings.inkscape("version=\"1.2\""));
        write("pipes/flowed.svg", TestDrawings.inkscape("").replace("</svg>",
                "<flowRoot><flowRegion><rect width=\"50\" height=\"20\"/></flowRegion><flowPara>boxed</flowPara>"
                        + "</flowRoot></svg>"));
        write("pipes/plain.svg", TestDrawings.inkscape("version=\"1.1\""));
        write("pipes/pipes.md", "---\ntitle: Pipes\nsection: 1\nlesson: 1\n---\nBefore the drawing.\n\n"
                + "![Two commands joined by a pipe](pipe.svg)\n\n![The same, with a text box](flowed.svg)\n\n"
                + "![The same, as plain SVG](plain.svg)\n\nAfter it.\n");
        Map<OutputFormat, Path> guides = build(config().pdfUA(true).build());

        assertEquals(List.of(), log.at("WARN"));
        String text = pdfText(guides);
        assertTrue(text.contains("Before the drawing.") && !text.contains("Image not shown") && text.contains("After it."),
                text);
        File pdf = guides.get(OutputFormat.PDF).toFile();
        assertEquals(3, GuideInspector.pdfDrawingsPerPage(pdf).stream().mapToInt(Integer::intValue).sum(),
                "all three drawings are drawn");
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "ua1"), "PDF/UA-1");
        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String content = GuideInspector.epubText(epub);
        assertTrue(!content.contains("Image not shown") && content.split("\\.svg\"", -1).length - 1 == 3, content);
        assertTrue(Files.readString(lessons.resolve("pipes/pipe.svg")).contains("version=\"1.2\""),
                "the author's file is not changed");
    }

    /** The shape of a real quiz: page breaks indented inside the last option, tight and loose lists, blank lines. */
    private void quizWithPageBreaks() throws IOException {
        write("quiz.md", """
                ---
                title: Review
                section: 1
                lesson: 2
                quiz: true
                ---
                #### Question 1: Which command lists a folder?

                - A) `ls`
                  - Correct: it lists what the folder holds.
                - B) `cd`
                  - Incorrect: it changes the folder.
                  <!-- pagebreak -->

                #### Question 2: Which command prints the folder you are in?

                - A) `pwd`

                  - Correct: print working directory.

                - B) `ls`
                  - Incorrect: it lists.

                  <!-- pagebreak -->
                #### Question 3: Which one is a shell?
                - A) bash
                  <!-- pagebreak -->
                  - Correct: the Bourne-again shell.
                - B) vim <!-- pagebreak -->
                  - Incorrect: an editor.

                To remember:

                - **Exam tip**: `pwd` answers "where am I?" <!-- pagebreak -->
                """);
        write("intro.md", "---\ntitle: Intro\nsection: 1\nlesson: 1\n---\nThe shell.\n");
    }

    @Test
    void pageBreaksInQuizOptionsStayInTheLessonAndOutOfTheAnswerKeyAndCramSheet() throws Exception {
        quizWithPageBreaks();
        for (QuizAnswers answers : List.of(QuizAnswers.BOOK_END, QuizAnswers.SECTION_END)) {
            Path to = Files.createDirectories(out.resolve(answers.name()));
            Map<OutputFormat, Path> guides = build(config().outputDirectory(to).quizAnswers(answers).examTips(true).build());
            File epub = guides.get(OutputFormat.EPUB).toFile();
            assertEquals(List.of(), GuideInspector.epubCheck(epub), answers.name());
            String content = GuideInspector.epubText(epub);
            assertEquals(List.of(), appendixParts(content, "Answer Key</h").stream().filter(p -> p.contains("page-break"))
                    .toList(), answers + ": the answer key breaks no page");
            assertEquals(List.of(), appendixParts(content, "Exam Tips</h1>").stream().filter(p -> p.contains("page-break"))
                    .toList(), "the cram sheet breaks no page");
            assertEquals(2, appendixParts(content, "Answer Key</h").size() + appendixParts(content, "Exam Tips</h1>").size());
            List<String> pages = GuideInspector.pdfPages(guides.get(OutputFormat.PDF).toFile());
            int first = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains("Answer Key") && pages.get(i).contains("Question 1")) {
                    first = i;
                }
            }
            assertTrue(first >= 0 && pages.get(first).contains("Question 3: A"), answers
                    + ": the whole key on one page: " + pages);
            assertTrue(String.join("\n", pages).contains("Exam Tips"), "the cram sheet is there");
        }
    }

    /** Many lessons open with their title as {@code ###}, which the guide drops, and go on with {@code ####}. */
    @Test
    void headingLevelsUnderALessonNeverSkipAndPassPdfUa() throws Exception {
        write("basics.md", "---\ntitle: Shell Basics\nsection: 1\nlesson: 1\n---\n### Shell Basics\n\nIntro.\n\n"
                + "#### Opening a terminal\n\nText.\n\n###### A detail\n\nMore.\n\n#### Running a command\n\nEnd.\n");
        write("more.md", "---\ntitle: More\nsection: 1\nlesson: 2\n---\n## Top\n\n##### Deep under top\n\nText.\n");
        Map<OutputFormat, Path> guides = build(config().pdfUA(true).pdfA(true).build());
        File pdf = guides.get(OutputFormat.PDF).toFile();
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "ua1"), "PDF/UA-1");
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "2u"), "PDF/A-2u");
        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String content = GuideInspector.epubText(epub);
        for (String heading : List.of("<h3 id=\"s1-l1_opening-a-terminal\">Opening a terminal</h3>",
                "<h4 id=\"s1-l1_a-detail\">A detail</h4>", "<h3 id=\"s1-l1_running-a-command\">Running a command</h3>",
                "<h3 id=\"s1-l2_top\">Top</h3>", "<h4 id=\"s1-l2_deep-under-top\">Deep under top</h4>")) {
            assertTrue(content.contains(heading), heading + " in\n" + content);
        }
    }

    /**
     * A glossary links terms to ids it never defines ({@code [debug](#debug)}): the checks warn, and both guides keep
     * the link's text, since EPUBCheck rejects a link to an undefined fragment (RSC-012).
     */
    @Test
    void linkToAnIdTheLessonLacksIsAWarningAndPlainTextInBothGuides() throws Exception {
        write("glossary.md", "---\ntitle: Glossary\nsection: 1\nlesson: 1\n---\n## Terms\n\n"
                + "[integer](#integer) and [floating point](#float), see [terms](#terms).\n\n## Integer\n\nA whole number.\n");
        Map<OutputFormat, Path> guides = build(config().build());
        assertEquals(List.of("glossary.md:8: link #float points to no heading in this lesson; check the heading's"
                + " spelling; until then the guides keep only the link's text"), log.at("WARN"));
        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String content = GuideInspector.epubText(epub);
        assertTrue(content.contains("<a href=\"#s1-l1_integer\">integer</a> and floating point, see"
                + " <a href=\"#s1-l1_terms\">terms</a>."), content);
        assertTrue(pdfText(guides).contains("integer and floating point, see terms."), pdfText(guides));
    }

    /**
     * Drawing editors leave references to ids they dropped ({@code fill="url(#gridpattern)"} in a hidden grid, a
     * stroke whose gradient is gone but whose fallback colour stays): browsers and Batik draw them as {@code none}
     * or the fallback, EPUBCheck rejects them (RSC-012). Both guides show the drawing, and the EPUB's copy refers to
     * nothing it lacks.
     */
    @Test
    void drawingThatRefersToIdsItLacksIsShownAndPassesEpubCheck() throws Exception {
        write("fig/grid.svg", """
                <?xml version="1.0"?>
                <svg width="200" height="100" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                 <defs><linearGradient id="sky"><stop offset="0" stop-color="#9cf"/></linearGradient></defs>
                 <g display="none" id="canvasGrid">
                  <rect fill="url(#gridpattern)" width="100%" height="100%"/>
                 </g>
                 <rect x="10" y="10" width="80" height="40" style="fill:url(#sky);stroke:url(#outline) #333"/>
                 <circle cx="150" cy="50" r="20" fill="#c33"/>
                </svg>
                """);
        write("drawing.md", "---\ntitle: Drawing\nsection: 1\nlesson: 1\n---\nBefore.\n\n"
                + "![Two boxes and a red dot](fig/grid.svg)\n\nAfter.\n");
        Map<OutputFormat, Path> guides = build(config().build());
        assertEquals(List.of(), log.at("WARN"));
        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        assertEquals(1, GuideInspector.pdfDrawingsPerPage(guides.get(OutputFormat.PDF).toFile()).stream()
                .mapToInt(Integer::intValue).sum());
    }

    /**
     * Editors embed bitmaps in SVG as {@code data:} URIs. openhtmltopdf's secure mode refuses them, and when allowed
     * it left the whole drawing blank for a bitmap with transparency or with its base64 broken into lines (a
     * Carpentries drawing of folders): a warning that says so, and a placeholder in both guides.
     */
    @Test
    void drawingWithAnEmbeddedBitmapIsAWarningThatSaysSoAndAPlaceholder() throws Exception {
        write("fig/folder.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="60" height="40">
                  <image x="5" y="5" width="30" height="30" xlink:href="data:image/png;base64,%s"/>
                  <text x="38" y="25" font-size="8">home</text>
                </svg>
                """.formatted(java.util.Base64.getEncoder().encodeToString(TestImages.png(4, 4))));
        write("folders.md", "---\ntitle: Folders\nsection: 1\nlesson: 1\n---\n![A folder icon named home](fig/folder.svg)\n");
        Map<OutputFormat, Path> guides = build(config().build());
        assertEquals(List.of("folders.md:6: image fig/folder.svg embeds a bitmap in a data: URI, which the PDF's SVG"
                + " renderer does not draw; save the drawing as PNG, or save the bitmap as a file of its own and show"
                + " it as an image of the lesson; until then the guides show its alt text"), log.at("WARN"));
        assertTrue(pdfText(guides).contains("Image not shown: A folder icon named home"), pdfText(guides));
        assertEquals(List.of(), GuideInspector.epubCheck(guides.get(OutputFormat.EPUB).toFile()));
    }

    /**
     * An image with empty brackets and no alt attribute is a warning; a {@code pdfUA} guide still passes PDF/UA-1
     * (rule 7.3-1 wants alt text on every figure), with the file name as the figure's alt text, while the EPUB keeps
     * the empty alt text and does not claim that every image has a text alternative.
     */
    @Test
    void imageWithoutAltTextStillPassesPdfUaWithItsFileName() throws Exception {
        Files.createDirectories(lessons.resolve("fig"));
        Files.write(lessons.resolve("fig/colour_example.png"), TestImages.png(8, 8));
        write("colours.md", "---\ntitle: Colours\nsection: 1\nlesson: 1\n---\nA colour:\n\n![](fig/colour_example.png)\n");
        Map<OutputFormat, Path> guides = build(config().pdfUA(true).build());
        assertEquals(1, log.at("WARN").size(), log.at("WARN").toString());
        assertTrue(log.at("WARN").get(0).startsWith("colours.md:8: the image fig/colour_example.png has no alt text"),
                log.at("WARN").toString());
        File pdf = guides.get(OutputFormat.PDF).toFile();
        assertEquals(List.of(), GuideInspector.veraPdf(pdf, "ua1"), "PDF/UA-1");
        assertEquals(List.of("colour_example.png"), GuideInspector.pdfStructureAlts(pdf, "Figure"));
        File epub = guides.get(OutputFormat.EPUB).toFile();
        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        assertTrue(GuideInspector.epubText(epub).contains("alt=\"\""), GuideInspector.epubText(epub));
    }

    /** Each part of the content that starts with {@code opening}, up to the next section or lesson or document. */
    private static List<String> appendixParts(String content, String opening) {
        List<String> parts = new java.util.ArrayList<>();
        for (int at = content.indexOf(opening); at >= 0; at = content.indexOf(opening, at + 1)) {
            int end = content.length();
            for (String next : List.of("<h1", "<h2 class=\"lesson-title\"", "</body>")) {
                int found = content.indexOf(next, at);
                end = found >= 0 ? Math.min(end, found) : end;
            }
            parts.add(content.substring(at, end));
        }
        return parts;
    }
}
