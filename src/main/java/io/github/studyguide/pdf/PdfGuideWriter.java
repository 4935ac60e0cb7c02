package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.html.CramSheet;
import io.github.studyguide.html.RenderedLesson;
import io.github.studyguide.html.RenderedSection;
import io.github.studyguide.internal.Futures;
import io.github.studyguide.output.AtomicOutput;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Writes the guide as a PDF. openhtmltopdf lays out one document on one thread, so the sections are rendered in
 * chunks, in parallel and cached between builds; then the front matter (title page and contents, numbered i, ii,
 * ...) is rendered with the page numbers the chunks produced (the body is numbered from 1), and
 * {@link PdfAssembler} joins everything with page numbers, bookmarks and contents links.
 */
public final class PdfGuideWriter {

    /**
     * About 100 lessons a chunk: enough chunks to keep every core busy on a large course, few enough that the font
     * subsets each chunk embeds do not add much (40 a chunk made a 2,000-lesson guide 8% larger and no faster).
     */
    static final int LESSONS_PER_CHUNK = 100;

    private static final Pattern SECTION_OR_LESSON = Pattern.compile("^s\\d+(-l-?\\d+(-o-?\\d+)?)?$");
    private static final Pattern CONTENTS_LINE = Pattern.compile("^toc-");
    private static final Pattern APPENDIX_ANCHORS = Pattern.compile("^(" + CramSheet.ANCHOR + "|tips-.+)$");

    private final PdfDocumentComposer composer = new PdfDocumentComposer();
    private final GuideInfo info;
    private final PdfLayout layout;
    private final PartRenderer renderer;
    private final PartCache cache;
    private final String cacheSalt;
    private final int threads;
    private final int lessonsPerChunk;
    private final boolean examTips;

    /**
     * @param info what the title page and metadata say
     * @param layout the paper size and what else the pages show
     * @param sourceDirectory the lesson folder, the only place the renderer may read from
     * @param cacheDirectory where rendered chunks are kept between builds
     * @param cacheSalt what else decides a chunk's bytes besides its XHTML: the plugin and the lesson folder's
     *     non-Markdown files (images)
     * @param threads how many chunks render at once
     * @param examTips whether to end the guide with the "Exam Tips" appendix (when any lesson has a tip)
     */
    public PdfGuideWriter(GuideInfo info, PdfLayout layout, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads, boolean examTips) {
        this(info, layout, sourceDirectory, cacheDirectory, cacheSalt, threads, examTips, LESSONS_PER_CHUNK);
    }

    /** As the public constructor, with the chunk size chosen: tests use small chunks on a small course. */
    PdfGuideWriter(GuideInfo info, PdfLayout layout, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads, boolean examTips, int lessonsPerChunk) {
        this.lessonsPerChunk = lessonsPerChunk;
        this.examTips = examTips;
        this.info = info;
        this.layout = layout;
        this.renderer = new PartRenderer(sourceDirectory, layout.coverImage());
        this.cache = new PartCache(cacheDirectory);
        this.cacheSalt = cacheSalt;
        this.threads = Math.max(1, threads);
    }

    /**
     * Writes the sections, in the given order, to {@code target}, replacing it only once the PDF is complete.
     *
     * @return the number of pages
     */
    public int write(List<RenderedSection> sections, Path target) throws IOException {
        return write(sections, target, Map.of());
    }

    /**
     * Writes the guide and, for each section number in {@code handouts}, a handout of that section alone: its own
     * title page, the section's lessons, pages numbered from 1. All chunks render together on the writer's threads.
     *
     * @return the number of pages of the guide
     */
    public int write(List<RenderedSection> sections, Path target, Map<Integer, Path> handouts) throws IOException {
        List<List<RenderedSection>> chunks = SectionChunks.split(sections, lessonsPerChunk);
        Optional<CramSheet> cramSheet = examTips ? CramSheet.of(sections) : Optional.empty();
        List<RenderedSection> handoutSections = sections.stream()
                .filter(section -> handouts.containsKey(section.section().number())).toList();
        Set<String> used = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        List<RenderedPart> parts = new ArrayList<>();
        List<RenderedPart> handoutParts = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RenderedPart>> pending = new ArrayList<>();
            for (List<RenderedSection> chunk : chunks) {
                pending.add(submitChunk(executor, chunk, keys));
            }
            if (cramSheet.isPresent()) {
                // The appendix renders beside the chunks: its links to the lessons are added once pages are known.
                pending.add(submitPart(executor, composer.appendix(info, layout, cramSheet.get().xhtml(anchor -> null)),
                        APPENDIX_ANCHORS, keys));
            }
            List<Future<RenderedPart>> pendingHandouts = new ArrayList<>();
            List<String> handoutKeys = new ArrayList<>();
            for (RenderedSection section : handoutSections) {
                pendingHandouts.add(submitChunk(executor, List.of(section), handoutKeys));
            }
            for (Future<RenderedPart> part : pending) {
                parts.add(Futures.await(part));
            }
            for (Future<RenderedPart> part : pendingHandouts) {
                handoutParts.add(Futures.await(part));
            }
            used.addAll(keys);
            used.addAll(handoutKeys);
        } finally {
            executor.shutdownNow();
        }
        // Body pages are numbered from 1 after the front matter, as in a book, so the contents can be rendered
        // once, knowing every number, whatever its own length.
        List<TocLine> contents = contents(sections, startPages(parts));
        String frontHtml = composer.front(info, layout, contents);
        RenderedPart front = renderer.render(frontHtml, CONTENTS_LINE);
        int pages = assemble(sections, front, parts, cramSheet, contents, digest(frontHtml, keys), target);
        for (int i = 0; i < handoutSections.size(); i++) {
            RenderedSection section = handoutSections.get(i);
            String handoutHtml = composer.handoutFront(info, layout, section.section().heading());
            RenderedPart handoutFront = renderer.render(handoutHtml, CONTENTS_LINE);
            assemble(List.of(section), handoutFront, List.of(handoutParts.get(i)), Optional.empty(), List.of(),
                    digest(handoutHtml, List.copyOf(used)), handouts.get(section.section().number()));
        }
        cache.retainOnly(used);
        return pages;
    }

    private Future<RenderedPart> submitChunk(ExecutorService executor, List<RenderedSection> chunk, List<String> keys) {
        return submitPart(executor, composer.chunk(info, layout, chunk), SECTION_OR_LESSON, keys);
    }

    private Future<RenderedPart> submitPart(ExecutorService executor, String html, Pattern anchors, List<String> keys) {
        String key = key(html);
        keys.add(key);
        return executor.submit(() -> renderChunk(key, html, anchors));
    }

    private RenderedPart renderChunk(String key, String html, Pattern anchors) throws IOException {
        var cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        RenderedPart part = renderer.render(html, anchors);
        cache.put(key, part);
        return part;
    }

    private int assemble(List<RenderedSection> sections, RenderedPart front, List<RenderedPart> parts,
            Optional<CramSheet> cramSheet, List<TocLine> contents, byte[] digest, Path target) throws IOException {
        Map<String, Integer> bodyPages = startPages(parts);
        int frontPages = front.pages();
        try (PdfAssembler assembler = new PdfAssembler()) {
            assembler.append(front);
            for (RenderedPart part : parts) {
                assembler.append(part);
            }
            NavigableMap<Integer, String> sectionStarts = new TreeMap<>();
            for (RenderedSection section : sections) {
                sectionStarts.put(frontPages + bodyPages.get(section.section().anchorId()), section.section().heading());
            }
            cramSheet.ifPresent(sheet -> sectionStarts.put(frontPages + bodyPages.get(CramSheet.ANCHOR), CramSheet.TITLE));
            assembler.stampPages(frontPages, layout.coverImage().isPresent() ? 2 : 1, sectionStarts);
            for (RenderedSection section : sections) {
                PDOutlineItem item = assembler.bookmark(null, section.section().heading(),
                        frontPages + bodyPages.get(section.section().anchorId()));
                for (RenderedLesson lesson : section.lessons()) {
                    assembler.bookmark(item, lesson.title(),
                            frontPages + bodyPages.get(lesson.lesson().anchorId()));
                }
            }
            if (cramSheet.isPresent()) {
                assembler.bookmark(null, CramSheet.TITLE, frontPages + bodyPages.get(CramSheet.ANCHOR));
                RenderedPart appendix = parts.get(parts.size() - 1);
                int appendixStart = frontPages + bodyPages.get(CramSheet.ANCHOR) - appendix.anchors().get(CramSheet.ANCHOR).page();
                for (RenderedLesson lesson : cramSheet.get().lessons()) {
                    RenderedPart.Anchor area = appendix.anchors().get(CramSheet.lessonHeadingId(lesson.lesson().anchorId()));
                    assembler.link(appendixStart + area.page(), area, frontPages + bodyPages.get(lesson.lesson().anchorId()));
                }
            }
            for (TocLine line : contents) {
                RenderedPart.Anchor area = front.anchors().get(line.lineId());
                if (area != null) {
                    assembler.link(area.page(), area, frontPages + line.page() - 1);
                }
            }
            AtomicOutput.write(target, out -> assembler.save(info, digest, out));
            return assembler.pageCount();
        }
    }

    /** The 0-based page of the body (the pages after the front matter) where each section and lesson starts. */
    private static Map<String, Integer> startPages(List<RenderedPart> parts) {
        Map<String, Integer> pages = new HashMap<>();
        int offset = 0;
        for (RenderedPart part : parts) {
            int first = offset;
            part.anchors().forEach((id, anchor) -> pages.put(id, first + anchor.page()));
            offset += part.pages();
        }
        return pages;
    }

    /** The contents, with the body page number where each section and lesson starts. */
    private static List<TocLine> contents(List<RenderedSection> sections, Map<String, Integer> bodyPages) {
        List<TocLine> lines = new ArrayList<>();
        for (RenderedSection section : sections) {
            String id = section.section().anchorId();
            lines.add(new TocLine(id, section.section().heading(), true, bodyPages.get(id) + 1));
            for (RenderedLesson lesson : section.lessons()) {
                String lessonId = lesson.lesson().anchorId();
                lines.add(new TocLine(lessonId, lesson.title(), false, bodyPages.get(lessonId) + 1));
            }
        }
        if (bodyPages.containsKey(CramSheet.ANCHOR)) {
            lines.add(new TocLine(CramSheet.ANCHOR, CramSheet.TITLE, true, bodyPages.get(CramSheet.ANCHOR) + 1));
        }
        return lines;
    }

    private String key(String html) {
        return HexFormat.of().formatHex(sha256(cacheSalt + "\n" + html));
    }

    /** The document id: a digest of the front matter's XHTML and of each chunk's key, so of the whole content. */
    private static byte[] digest(String frontHtml, List<String> keys) {
        MessageDigest md5 = md5();
        md5.update(frontHtml.getBytes(StandardCharsets.UTF_8));
        keys.forEach(key -> md5.update(key.getBytes(StandardCharsets.US_ASCII)));
        return md5.digest();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }
}
