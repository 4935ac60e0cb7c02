package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.PageSize;
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
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Writes the guide as a PDF. openhtmltopdf lays out one document on one thread, so the sections are rendered in
 * chunks, in parallel and cached between builds; then the front matter is rendered with the page numbers the
 * chunks produced, and {@link PdfAssembler} joins everything with page numbers, bookmarks and contents links.
 */
public final class PdfGuideWriter {

    /** About 40 lessons a chunk: enough parallelism, and few enough chunks that shared fonts are not repeated much. */
    static final int LESSONS_PER_CHUNK = 40;

    private static final Pattern SECTION_OR_LESSON = Pattern.compile("^s\\d+(-l-?\\d+(-o-?\\d+)?)?$");
    private static final Pattern CONTENTS_LINE = Pattern.compile("^toc-");
    private static final int PLACEHOLDER_PAGE = 99999;

    private final PdfDocumentComposer composer = new PdfDocumentComposer();
    private final GuideInfo info;
    private final PageSize pageSize;
    private final PartRenderer renderer;
    private final PartCache cache;
    private final String cacheSalt;
    private final int threads;

    /**
     * @param info what the title page and metadata say
     * @param pageSize the paper size
     * @param sourceDirectory the lesson folder, the only place the renderer may read from
     * @param cacheDirectory where rendered chunks are kept between builds
     * @param cacheSalt what else decides a chunk's bytes besides its XHTML: the plugin and the lesson folder's
     *     non-Markdown files (images)
     * @param threads how many chunks render at once
     */
    public PdfGuideWriter(GuideInfo info, PageSize pageSize, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads) {
        this.info = info;
        this.pageSize = pageSize;
        this.renderer = new PartRenderer(sourceDirectory);
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
        List<List<RenderedSection>> chunks = SectionChunks.split(sections, LESSONS_PER_CHUNK);
        List<String> keys = new ArrayList<>();
        List<RenderedPart> parts;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            // The contents' length does not depend on the numbers in it, so it is measured alongside the chunks.
            Future<RenderedPart> measuredFront = executor.submit(
                    () -> renderer.render(composer.front(info, pageSize, contents(sections, null, 0)), CONTENTS_LINE));
            List<Future<RenderedPart>> pending = new ArrayList<>();
            for (List<RenderedSection> chunk : chunks) {
                String html = composer.chunk(info, pageSize, chunk);
                String key = key(html);
                keys.add(key);
                pending.add(executor.submit(() -> renderChunk(key, html)));
            }
            parts = new ArrayList<>();
            for (Future<RenderedPart> part : pending) {
                parts.add(Futures.await(part));
            }
            RenderedPart front = renderFront(sections, parts, Futures.await(measuredFront).pages());
            int pages = write(sections, front, parts, keys, target);
            cache.retainOnly(new LinkedHashSet<>(keys));
            return pages;
        } finally {
            executor.shutdownNow();
        }
    }

    private RenderedPart renderChunk(String key, String html) throws IOException {
        var cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        RenderedPart part = renderer.render(html, SECTION_OR_LESSON);
        cache.put(key, part);
        return part;
    }

    /** Renders the front matter with real page numbers, again if they changed its length (they never lengthen it). */
    private RenderedPart renderFront(List<RenderedSection> sections, List<RenderedPart> parts, int frontPages)
            throws IOException {
        int assumed = frontPages;
        for (int attempt = 0; attempt < 3; attempt++) {
            RenderedPart front = renderer.render(composer.front(info, pageSize, contents(sections, parts, assumed)),
                    CONTENTS_LINE);
            if (front.pages() == assumed) {
                return front;
            }
            assumed = front.pages();
        }
        throw new IllegalStateException("The table of contents does not settle on a page count");
    }

    private int write(List<RenderedSection> sections, RenderedPart front, List<RenderedPart> parts, List<String> keys,
            Path target) throws IOException {
        Map<String, Integer> startPages = startPages(parts, front.pages());
        List<TocLine> contents = contents(sections, parts, front.pages());
        try (PdfAssembler assembler = new PdfAssembler()) {
            assembler.append(front);
            for (RenderedPart part : parts) {
                assembler.append(part);
            }
            assembler.numberPages();
            for (RenderedSection section : sections) {
                PDOutlineItem item = assembler.bookmark(null, section.section().heading(),
                        startPages.get(section.section().anchorId()));
                for (RenderedLesson lesson : section.lessons()) {
                    assembler.bookmark(item, lesson.lesson().title(), startPages.get(lesson.lesson().anchorId()));
                }
            }
            for (TocLine line : contents) {
                RenderedPart.Anchor area = front.anchors().get(line.lineId());
                if (area != null) {
                    assembler.link(area.page(), area, line.page() - 1);
                }
            }
            byte[] digest = digest(composer.front(info, pageSize, contents), keys);
            AtomicOutput.write(target, out -> assembler.save(info, digest, out));
            return assembler.pageCount();
        }
    }

    /** The 0-based page in the guide where each section and lesson starts, the front matter coming first. */
    private static Map<String, Integer> startPages(List<RenderedPart> parts, int frontPages) {
        Map<String, Integer> pages = new HashMap<>();
        int offset = frontPages;
        for (RenderedPart part : parts) {
            int first = offset;
            part.anchors().forEach((id, anchor) -> pages.put(id, first + anchor.page()));
            offset += part.pages();
        }
        return pages;
    }

    /** The contents; page numbers are placeholders until the chunks are rendered ({@code parts} null). */
    private static List<TocLine> contents(List<RenderedSection> sections, List<RenderedPart> parts, int frontPages) {
        Map<String, Integer> pages = parts == null ? Map.of() : startPages(parts, frontPages);
        List<TocLine> lines = new ArrayList<>();
        for (RenderedSection section : sections) {
            String id = section.section().anchorId();
            lines.add(new TocLine(id, section.section().heading(), true, pageNumber(pages, id)));
            for (RenderedLesson lesson : section.lessons()) {
                String lessonId = lesson.lesson().anchorId();
                lines.add(new TocLine(lessonId, lesson.lesson().title(), false, pageNumber(pages, lessonId)));
            }
        }
        return lines;
    }

    private static int pageNumber(Map<String, Integer> pages, String id) {
        Integer index = pages.get(id);
        return index == null ? PLACEHOLDER_PAGE : index + 1;
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
