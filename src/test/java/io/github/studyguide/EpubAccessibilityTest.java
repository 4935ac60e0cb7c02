package io.github.studyguide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EPUB is EPUB 3 whose accessibility metadata says what the guide really contains: read back from the package
 * and navigation documents of guides built from lessons with and without images and alt text.
 */
class EpubAccessibilityTest {

    private static final Path PNG = StudyGuideTest.SAMPLE.resolve("shell-basics/shell-diagram.png");
    private static final String SUMMARY_START = "schema:accessibilitySummary=This guide has a table of contents,"
            + " headings to navigate by and a single reading order; reading systems may change its fonts, sizes and"
            + " colours.";

    @TempDir
    Path out;

    private GuideConfigBuilder config(Path lessons) {
        return GuideConfig.builder().sourceDirectory(lessons).outputDirectory(out).finalName("guide")
                .title("Shell & Friends").author("Test Author").language("en-GB")
                .identifier("urn:uuid:00000000-0000-3000-8000-000000000000")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00.750Z")).formats(java.util.Set.of(OutputFormat.EPUB));
    }

    private static void write(Path folder, String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
    }

    private File build(GuideConfig config, RecordingLog log) throws Exception {
        return new StudyGuide(config, log).build().guides().get(OutputFormat.EPUB).toFile();
    }

    @Test
    void everyImageWithAltTextClaimsAlternativeTextAndTheNavigationFollowsTheCourse(@TempDir Path lessons)
            throws Exception {
        Files.copy(PNG, lessons.resolve("diagram.png"));
        write(lessons, "a.md", "---\ntitle: Alpha\nsection: 1\nlesson: 1\n---\n![How the shell runs a command](diagram.png)"
                + "\n\nA note.[^1]\n\n[^1]: The note.\n");
        write(lessons, "b.md", "---\ntitle: Beta\nsection: 2\nlesson: 1\n---\n- **Exam Tip**: remember this.\n");
        File epub = build(config(lessons).build(), new RecordingLog());

        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String opf = GuideInspector.epubFile(epub, "OEBPS/content.opf");
        assertTrue(opf.contains("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\""
                + " xml:lang=\"en-GB\">") && !opf.contains("opf:"), opf);
        assertTrue(opf.contains("href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\""), opf);
        assertEquals(List.of(
                "dc:identifier=urn:uuid:00000000-0000-3000-8000-000000000000",
                "dc:title=Shell & Friends",
                "dc:creator=Test Author",
                "dc:language=en-GB",
                "dc:date=2026-01-15",
                "dcterms:modified=2026-01-15T09:00:00Z",
                "schema:accessMode=textual",
                "schema:accessMode=visual",
                "schema:accessModeSufficient=textual",
                "schema:accessModeSufficient=textual,visual",
                "schema:accessibilityFeature=structuralNavigation",
                "schema:accessibilityFeature=tableOfContents",
                "schema:accessibilityFeature=readingOrder",
                "schema:accessibilityFeature=displayTransformability",
                "schema:accessibilityFeature=alternativeText",
                "schema:accessibilityHazard=none",
                SUMMARY_START + " Every image has a text alternative. It has no known hazards."),
                GuideInspector.epubMetadata(epub));
        assertEquals(List.of("Shell & Friends", "Section 1", "  1.1 Alpha", "Section 2", "  2.1 Beta", "Exam Tips"),
                GuideInspector.epubNav(epub, "toc"));
        assertEquals(GuideInspector.epubToc(epub), GuideInspector.epubNav(epub, "toc"), "the NCX says the same");
        assertEquals(List.of("titlepage Title Page -> text/title.xhtml", "toc Contents -> nav.xhtml#toc",
                "bodymatter Start -> text/s1.xhtml", "appendix Exam Tips -> text/exam-tips.xhtml"),
                GuideInspector.epubNav(epub, "landmarks"));

        String lesson = GuideInspector.epubFile(epub, "OEBPS/text/s1-l1.xhtml");
        assertTrue(lesson.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                && lesson.contains(" lang=\"en-GB\" xml:lang=\"en-GB\">"), lesson);
        assertTrue(lesson.contains("<section class=\"lesson\" epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"s1-l1\">"), lesson);
        assertTrue(lesson.contains("epub:type=\"endnotes\" role=\"doc-endnotes\"") 
                && lesson.contains("epub:type=\"noteref\" role=\"doc-noteref\""), lesson);
        assertTrue(GuideInspector.epubFile(epub, "OEBPS/text/exam-tips.xhtml")
                .contains("epub:type=\"appendix\" role=\"doc-appendix\""));
    }

    @Test
    void anImageWithoutAltTextWithdrawsTheClaimAndIsWarnedAbout(@TempDir Path lessons) throws Exception {
        Files.copy(PNG, lessons.resolve("diagram.png"));
        write(lessons, "a.md", "---\ntitle: Alpha\nsection: 1\nlesson: 1\n---\n![Described](diagram.png)\n\n"
                + "![](diagram.png)\n\n<img src=\"diagram.png\" alt=\" \">\n\n"
                + "![](diagram.png){alt='Told by a pandoc attribute, as Carpentries lessons write it'}\n");
        RecordingLog log = new RecordingLog();
        File epub = build(config(lessons).build(), log);

        assertEquals(List.of(), GuideInspector.epubCheck(epub));
        String warning = " has no alt text, so screen readers cannot describe it and the EPUB does not claim that every"
                + " image has a text alternative; say what it shows: ![what it shows](diagram.png), or alt=\"...\" in HTML";
        assertEquals(List.of("a.md:8: the image diagram.png" + warning, "a.md:10: the image diagram.png" + warning),
                log.at("WARN"));
        List<String> metadata = GuideInspector.epubMetadata(epub);
        assertTrue(metadata.contains("schema:accessMode=visual"), metadata::toString);
        assertEquals(List.of("schema:accessModeSufficient=textual,visual"),
                metadata.stream().filter(line -> line.startsWith("schema:accessModeSufficient")).toList());
        assertTrue(metadata.stream().noneMatch(line -> line.contains("alternativeText")), metadata::toString);
        assertTrue(metadata.contains(SUMMARY_START + " 2 of its 4 images have no text alternative. It has no known hazards."),
                metadata::toString);
    }

    @Test
    void onlyTheUserClaimsConformanceAndATextOnlyGuideIsTextual(@TempDir Path lessons) throws Exception {
        write(lessons, "a.md", "---\ntitle: Alpha\nsection: 1\nlesson: 1\n---\nOnly text.\n");
        File plain = build(config(lessons).build(), new RecordingLog());
        List<String> metadata = GuideInspector.epubMetadata(plain);
        assertEquals(List.of("schema:accessMode=textual"),
                metadata.stream().filter(line -> line.startsWith("schema:accessMode=")).toList());
        assertTrue(metadata.stream().noneMatch(line -> line.contains("conformsTo") || line.contains("certifiedBy")
                || line.contains("alternativeText")), metadata::toString);

        File claimed = build(config(lessons).accessibilitySummary("Checked by hand with two screen readers.")
                .accessibilityCertifiedBy("Example School Accessibility Team").build(), new RecordingLog());
        assertEquals(List.of(), GuideInspector.epubCheck(claimed));
        List<String> claims = GuideInspector.epubMetadata(claimed);
        assertTrue(claims.contains("schema:accessibilitySummary=Checked by hand with two screen readers.")
                && claims.contains("dcterms:conformsTo=EPUB Accessibility 1.1 - WCAG 2.2 Level AA")
                && claims.contains("a11y:certifiedBy=Example School Accessibility Team"), claims::toString);
    }
}
