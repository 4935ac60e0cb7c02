package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.GuideInspector;
import io.github.studyguide.PageSize;
import io.github.studyguide.QuizAnswers;
import io.github.studyguide.TestFiles;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.render.CourseRenderer;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.render.RenderedSection;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.LessonScanner;
import io.github.studyguide.scan.ParsedFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chunked PDF pipeline on the sample course, cut into small chunks so that it has several. */
class PdfGuideWriterTest {

    private static final Path SAMPLE = Path.of("examples/sample-course/src/main/lessons");
    private static final GuideInfo INFO = new GuideInfo("Sample", Optional.of("Author"), Optional.of("1.0"), "en",
            "urn:uuid:00000000-0000-3000-8000-000000000002", Instant.parse("2026-01-15T09:00:00Z"));

    @TempDir
    Path out;

    private RenderedCourse rendered;
    private List<RenderedSection> sections;

    @BeforeEach
    void renderSample() throws IOException {
        Problems problems = new Problems();
        List<ParsedFile> parsed = new ArrayList<>();
        for (var file : new LessonScanner(SAMPLE, List.of("**/*.md"), List.of()).scan(problems)) {
            new FrontMatterParser().parse(file, problems).ifPresent(parsed::add);
        }
        Course course = new CourseAssembler().assemble(parsed, problems);
        rendered = new CourseRenderer(course, SAMPLE, new RenderOptions(true, false, QuizAnswers.SECTION_END)).render(2, problems);
        sections = rendered.sections();
    }

    private PdfGuideWriter writer(Path cache, int threads) throws IOException {
        return new PdfGuideWriter(INFO, new PdfLayout(PageSize.A4, false), SAMPLE, cache, "salt", threads, BuildLog.SILENT, 3);
    }

    /** An image edited in place: only the chunk that shows it is laid out again, and the guide is as a clean build's. */
    @Test
    void anEditedImageLaysOutAgainOnlyThePartThatShowsIt(@TempDir Path project) throws IOException {
        Path lessons = project.resolve("lessons");
        TestFiles.copyTree(SAMPLE, lessons);
        Path cache = out.resolve("cache");
        writer(lessons, cache, BuildLog.SILENT).write(renderedFrom(lessons), out.resolve("first.pdf"));
        Path png = lessons.resolve("shell-basics/shell-diagram.png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        image.setRGB(0, 0, ~image.getRGB(0, 0));
        javax.imageio.ImageIO.write(image, "png", png.toFile());

        io.github.studyguide.RecordingLog log = new io.github.studyguide.RecordingLog();
        Path edited = out.resolve("edited.pdf");
        // One thread, so that the log shows the order the parts were taken in.
        new PdfGuideWriter(INFO, new PdfLayout(PageSize.A4, false), lessons, cache, "salt", 1, log, 3)
                .write(renderedFrom(lessons), edited);
        List<String> parts = log.at("DEBUG").stream().filter(line -> line.startsWith("PDF part")).toList();
        List<String> laidOut = parts.stream().filter(line -> line.contains("laid out in")).toList();
        assertEquals(1, laidOut.size(), () -> "one chunk shows the image: " + log.at("DEBUG"));
        assertTrue(laidOut.get(0).startsWith("PDF part section"), laidOut.get(0));
        assertEquals(laidOut.get(0), parts.get(0), "the part to lay out goes before those only read from the cache");

        Path clean = out.resolve("clean.pdf");
        writer(lessons, out.resolve("clean-cache"), BuildLog.SILENT).write(renderedFrom(lessons), clean);
        assertArrayEquals(Files.readAllBytes(clean), Files.readAllBytes(edited));
    }

    private static RenderedCourse renderedFrom(Path lessons) throws IOException {
        Problems problems = new Problems();
        List<ParsedFile> parsed = new ArrayList<>();
        for (var file : new LessonScanner(lessons, List.of("**/*.md"), List.of()).scan(problems)) {
            new FrontMatterParser().parse(file, problems).ifPresent(parsed::add);
        }
        return new CourseRenderer(new CourseAssembler().assemble(parsed, problems), lessons,
                new RenderOptions(true, false, QuizAnswers.SECTION_END)).render(2, problems);
    }

    private static PdfGuideWriter writer(Path lessons, Path cache, BuildLog log) throws IOException {
        return new PdfGuideWriter(INFO, new PdfLayout(PageSize.A4, false), lessons, cache, "salt", 2, log, 3);
    }

    @Test
    void chunksFollowTheCourseNotTheMachine() {
        List<List<RenderedSection>> chunks = SectionChunks.split(sections, 3);
        assertEquals(3, chunks.size(), "each section of the sample has at least two lessons plus its opening");
        assertEquals(sections, chunks.stream().flatMap(List::stream).toList());
    }

    @Test
    void guideFromCachedChunksIsByteIdenticalToACleanBuildWithAnyThreadCount() throws IOException {
        Path cache = out.resolve("cache");
        Path first = out.resolve("first.pdf");
        writer(cache, 2).write(rendered, first);
        try (var entries = Files.list(cache)) {
            assertEquals(10, entries.count(), "three chunks, the Key Points appendix and the front matter cached, each"
                    + " as PDF and anchors");
        }
        Path again = out.resolve("again.pdf");
        writer(cache, 2).write(rendered, again);
        Path clean = out.resolve("clean.pdf");
        writer(out.resolve("other-cache"), 1).write(rendered, clean);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again), "cached chunks");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(clean), "one thread, empty cache");
    }

    @Test
    void pagesAreNumberedAsABookWithHeadersFromTheirSection() throws IOException {
        Path pdf = out.resolve("guide.pdf");
        int pages = writer(out.resolve("cache"), 2).write(rendered, pdf);
        List<String> labels = GuideInspector.pdfPageLabels(pdf.toFile());
        assertEquals(pages, labels.size());
        assertEquals(List.of("i", "ii", "1"), labels.subList(0, 3));
        List<String> text = GuideInspector.pdfPages(pdf.toFile());
        assertTrue(text.get(0).strip().endsWith("January 15, 2026"), "the title page has no number:\n" + text.get(0));
        assertTrue(text.get(1).strip().endsWith("ii"), text.get(1));
        String lastPage = text.get(text.size() - 1);
        assertTrue(lastPage.startsWith("Key Points"), "an appendix's running header is its title:\n" + lastPage);
        String lastLesson = text.get(text.size() - 2);
        assertTrue(lastLesson.startsWith("Section 10: Scripting"), "running header from the page's section:\n" + lastLesson);
        assertTrue(lastPage.strip().endsWith(labels.get(labels.size() - 1)), lastPage);
    }

    @Test
    void linksBetweenLessonsInDifferentChunksLeadToTheirPages() throws IOException {
        Path pdf = out.resolve("guide.pdf");
        writer(out.resolve("cache"), 2).write(rendered, pdf);
        List<String> pages = GuideInspector.pdfPages(pdf.toFile());
        int script = indexOf(pages, "A shell script is a text file") + 1;
        int permissions = indexOf(pages, "Every file has an owner") + 1;
        assertTrue(GuideInspector.pdfInternalLinks(pdf.toFile()).contains(script + "->" + permissions),
                "section 10 links to a lesson of section 2, rendered in another chunk: "
                        + GuideInspector.pdfInternalLinks(pdf.toFile()));
    }

    @Test
    void eachFontIsEmbeddedOnceThoughEveryChunkUsesIt() throws IOException {
        Path pdf = out.resolve("guide.pdf");
        writer(out.resolve("cache"), 2).write(rendered, pdf);
        List<String> fonts = GuideInspector.pdfEmbeddedFontFiles(pdf.toFile());
        assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono",
                "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"), fonts);
        List<String> pages = GuideInspector.pdfPages(pdf.toFile());
        String permissions = pages.get(indexOf(pages, "Every file has an owner"));
        assertTrue(permissions.contains("So chmod 750 deploy.sh gives the owner everything"),
                "text in each chunk still reads as written: " + permissions);
    }

    @Test
    void taggedGuideJoinedFromSeveralChunksHasOneStructureTreeThatPassesPdfUa() throws Exception {
        Path pdf = out.resolve("tagged.pdf");
        new PdfGuideWriter(INFO, new PdfLayout(PageSize.A4, false, Optional.empty(), false, true, false), SAMPLE,
                out.resolve("cache"), "salt", 2, BuildLog.SILENT, 3).write(rendered, pdf);
        assertEquals(List.of(), GuideInspector.veraPdf(pdf.toFile(), "ua1"), "PDF/UA-1");
        try (PDDocument guide = Loader.loadPDF(pdf.toFile())) {
            COSDictionary root = guide.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            COSDictionary document = root.getCOSDictionary(COSName.K);
            assertEquals(COSName.DOCUMENT, document.getCOSName(COSName.S), "one Document element for the whole guide");
            COSArray nums = root.getCOSDictionary(COSName.PARENT_TREE).getCOSArray(COSName.NUMS);
            Set<Integer> keys = new HashSet<>();
            for (int i = 0; i < nums.size(); i += 2) {
                keys.add(((COSNumber) nums.getObject(i)).intValue());
            }
            assertEquals(nums.size() / 2, keys.size(), "each part's parent tree keys moved after the parts before it");
            int links = 0;
            for (int i = 1; i < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSDictionary element && "Link".equals(element.getNameAsString(COSName.S))
                        && element.getDictionaryObject(COSName.K) instanceof COSDictionary reference
                        && "OBJR".equals(reference.getNameAsString(COSName.TYPE))) {
                    links++;
                    assertFalse(element.getItem(COSName.K) instanceof COSObject, "an object reference is written inside its element");
                }
            }
            assertTrue(links > 0, "the assembler's links are tagged");
            for (PDPage page : guide.getPages()) {
                int key = page.getStructParents();
                assertTrue(key < 0 || keys.contains(key), "page's marked content has its parent tree entry: " + key);
                for (var annotation : page.getAnnotations()) {
                    assertTrue(keys.contains(annotation.getStructParent()), "link's entry: " + annotation.getStructParent());
                    assertFalse(annotation.getCOSObject().getItem(COSName.BS) instanceof COSObject,
                            "a link's border style is written inside it");
                }
            }
        }
    }

    @Test
    void taggedPartsWriteTheirSmallDictionariesInlineAndNoPlainSpans() throws IOException {
        RenderedPart part = new PartRenderer(SAMPLE, new PdfLayout(PageSize.A4, false, Optional.empty(), false, true,
                false)).render(new PdfDocumentComposer().chunk(INFO, new PdfLayout(PageSize.A4, false),
                sections.subList(0, 1)), Pattern.compile("^$"));
        String text = new String(part.pdf(), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/Type /Background"), "tables and code blocks draw background artifacts");
        assertFalse(Pattern.compile("\\d+ 0 obj\\s*<<\\s*/Type /Background").matcher(text).find(),
                "an artifact's box is written where its page names it, not as an object of its own");
        assertFalse(Pattern.compile("\\d+ 0 obj\\s*<<\\s*/Type /MCR").matcher(text).find(),
                "a marked-content reference is written inside its element");
        assertTrue(text.contains("/S /P\n"), "paragraphs are tagged");
        assertTrue(text.contains("/A <<"), "lists and tables have attributes");
        assertFalse(Pattern.compile("/Type /StructElem[^>]*/A \\d+ 0 R").matcher(text).find(),
                "an element's attributes are written inside it");
        assertFalse(Pattern.compile("/Properties \\d+ 0 R").matcher(text).find(),
                "a page's property lists are written inside its resources");
        assertFalse(Pattern.compile("/S /Span\\s*/P \\d+ 0 R\\s*/Pg \\d+ 0 R\\s*/K \\d+\\s*>>").matcher(text).find(),
                "a span of one run of text gave it to the paragraph, cell or heading around it");
        try (PDDocument document = Loader.loadPDF(part.pdf())) {
            Pattern named = Pattern.compile("/(\\w+) BDC");
            for (PDPage page : document.getPages()) {
                String content;
                try (var in = page.getContents()) {
                    content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                assertFalse(Pattern.compile("/Artifact /\\w+ BDC\\s+EMC").matcher(content).find(),
                        "an artifact that paints nothing is gone");
                var matcher = named.matcher(content);
                while (matcher.find()) {
                    assertTrue(page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES)
                            .containsKey(COSName.getPDFName(matcher.group(1))), "property list kept: " + matcher.group(1));
                }
            }
        }
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    @Test
    void romanNumerals() {
        assertEquals(List.of("i", "ii", "iv", "ix", "xiv", "xl", "xcix"),
                List.of(1, 2, 4, 9, 14, 40, 99).stream().map(PdfAssembler::roman).toList());
    }
}
