package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.aids.Appendix;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.incremental.PartCache;
import io.github.studyguide.internal.ContentHash;
import io.github.studyguide.internal.Digests;
import io.github.studyguide.internal.Futures;
import io.github.studyguide.internal.Text;
import io.github.studyguide.output.AtomicOutput;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.render.RenderedSection;
import io.github.studyguide.xhtml.XmlText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Writes the guide as a PDF. openhtmltopdf lays out one document on one thread, so the sections are rendered in
 * chunks, in parallel and cached between builds; then the front matter (title page and contents, numbered i, ii,
 * ...) is rendered with the page numbers the chunks produced (the body is numbered from 1), and
 * {@link PdfAssembler} joins everything with page numbers, bookmarks and contents links.
 */
public final class PdfGuideWriter {

    /**
     * About 25 lessons a chunk. An edit lays out its lesson's chunk again, so smaller chunks make edit rebuilds
     * faster (100 lessons, three alternating pairs: the PDF stage of an edit rebuild took 1.4–1.7 s, against
     * 1.9–2.4 s with 100 a chunk),
     * and keep the cores evenly busy on mid-sized courses. What a chunk costs beyond its lessons is now small: the
     * guide embeds each font once ({@link SharedFonts}) and parts reuse parsed fonts, so the guide's size does not
     * depend on the chunk size.
     */
    static final int LESSONS_PER_CHUNK = 25;

    /** Sections, lessons, quiz questions (answer keys link back to them) and section answer keys. */
    private static final Pattern SECTION_OR_LESSON =
            Pattern.compile("^s\\d+(-l-?\\d+(-o-?\\d+)?(_q\\.\\d+)?|-answers)?$");
    private static final Pattern CONTENTS_LINE = Pattern.compile("^toc-");
    private static final Pattern SVG_IMAGE = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]+\\.svg)\"", Pattern.CASE_INSENSITIVE);

    private final PdfDocumentComposer composer = new PdfDocumentComposer();
    private final GuideInfo info;
    private final PdfLayout layout;
    private final PartRenderer renderer;
    private final PartCache cache;
    private final String cacheSalt;
    private final Map<PartJob, String> partKeys = new ConcurrentHashMap<>();
    /** The images each part shows, by content: part of its key. */
    private final PartImages images;
    /** Parts this writer used and laid out (not taken from the cache), for the watch goal's line per rebuild. */
    private final AtomicInteger partsUsed = new AtomicInteger();
    private final AtomicInteger partsLaidOut = new AtomicInteger();
    private final int threads;
    private final BuildLog log;
    private final int lessonsPerChunk;
    /** The cover's location as the front matter's XHTML writes it, and what stands for it in keys. */
    private final Optional<CoverName> cover;

    /**
     * @param info what the title page and metadata say
     * @param layout the paper size and what else the pages show
     * @param sourceDirectory the lesson folder, the only place the renderer may read from
     * @param cacheDirectory where rendered chunks are kept between builds
     * @param cacheSalt what else decides a chunk's bytes besides its XHTML and the images it shows: the plugin
     * @param threads how many parts {@link #write(RenderedCourse, Path, Map)} renders at once on threads of its own
     * @param log where each part's pages and time, and the time spent joining them, go at debug level
     * @throws IOException if the cover image cannot be read
     */
    public PdfGuideWriter(GuideInfo info, PdfLayout layout, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads, BuildLog log) throws IOException {
        this(info, layout, sourceDirectory, cacheDirectory, cacheSalt, threads, log, LESSONS_PER_CHUNK);
    }

    /** As the public constructor, with the chunk size chosen: tests use small chunks on a small course. */
    PdfGuideWriter(GuideInfo info, PdfLayout layout, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads, BuildLog log, int lessonsPerChunk) throws IOException {
        this.log = log;
        this.lessonsPerChunk = lessonsPerChunk;
        this.info = info;
        this.layout = layout;
        this.renderer = new PartRenderer(sourceDirectory, layout);
        // A part's key, and so the guide's id, leaves out the folder the cover lies in (the lessons name their
        // images relative to the lesson folder): the same course gives the same bytes in any checkout. The cover,
        // which may lie outside the lesson folder, is named by its content instead, so that a cover changed in
        // place is drawn anew; the images' content is in the salt.
        Optional<CoverName> named = Optional.empty();
        if (layout.coverImage().isPresent()) {
            named = Optional.of(new CoverName(XmlText.escape(layout.coverImage().get().toUri().toString()),
                    "cover:" + ContentHash.of(layout.coverImage().get())));
        }
        this.cover = named;
        this.cache = new PartCache(cacheDirectory);
        this.images = new PartImages(sourceDirectory);
        // The same XHTML gives other bytes when tagged or archival.
        this.cacheSalt = cacheSalt + "\npdfUA=" + layout.pdfUA() + " pdfA=" + layout.pdfA()
                + (layout.fonts().isEmpty() ? "" : " fonts=" + layout.fonts().fingerprint());
        this.threads = Math.max(1, threads);
    }

    /**
     * Writes the course to {@code target}, replacing it only once the PDF is complete.
     *
     * @return the number of pages
     */
    public int write(RenderedCourse course, Path target) throws IOException {
        return write(course, target, Map.of());
    }

    /**
     * Writes the guide and, for each section number in {@code handouts}, a handout of that section alone: its own
     * title page, the section's lessons, pages numbered from 1. All parts render together, {@code threads} at a time.
     *
     * @return the number of pages of the guide
     */
    public int write(RenderedCourse course, Path target, Map<Integer, Path> handouts) throws IOException {
        ExecutorService executor = Futures.pool(threads, "studyguide-pdf");
        Queued queued = queue(course, handouts, executor);
        try {
            return queued.finish(target);
        } finally {
            Futures.shutDownAndWait(executor);
            queued.close();
        }
    }

    /**
     * Queues the parts of the guide on {@code executor}, largest first, then those of the handouts, for
     * {@link Queued#finish(Path)} to join. On a first-in, first-out executor (a fixed thread pool), work queued
     * afterwards runs once every part has started. {@code finish} waits for the parts, so it must not run on one of
     * the executor's own threads.
     */
    public Queued queue(RenderedCourse course, Map<Integer, Path> handouts, ExecutorService executor) {
        List<PartJob> jobs = chunkJobs(SectionChunks.split(course.sections(), lessonsPerChunk));
        for (Appendix appendix : course.appendices()) {
            // Appendices render beside the chunks: their links to the lessons are added once pages are known.
            jobs.add(new PartJob("appendix " + appendix.title(), composer.appendix(info, layout, appendix.xhtml(false)),
                    anchorsOf(appendix),
                    appendix.backLinks()));
        }
        List<RenderedSection> handoutSections = course.sections().stream()
                .filter(section -> handouts.containsKey(section.section().number())).toList();
        List<PartJob> handoutJobs = new ArrayList<>();
        for (RenderedSection section : handoutSections) {
            handoutJobs.addAll(chunkJobs(List.of(List.of(section))));
        }
        // Largest first: the Exam Tips appendix of a large course runs to hundreds of pages, and laid out last it
        // kept one core busy while the others had nothing left to do.
        List<Future<LoadedPart>> pending = new ArrayList<>(Collections.nCopies(jobs.size(), null));
        IntStream.range(0, jobs.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> jobs.get(i).html().length()).reversed())
                .forEach(i -> pending.set(i, executor.submit(() -> loaded(render(jobs.get(i))))));
        List<Future<RenderedPart>> pendingHandouts =
                handoutJobs.stream().map(job -> executor.submit(() -> render(job))).toList();
        return new Queued(course, handouts, jobs, pending, handoutSections, handoutJobs, pendingHandouts);
    }

    /**
     * The parts of a guide and its handouts, queued for rendering. Close it once done with it, finished or not, and
     * once no part is running any more (after the executor has terminated): it releases the parts read.
     */
    public final class Queued implements Closeable {

        private final RenderedCourse course;
        private final Map<Integer, Path> handouts;
        private final List<PartJob> jobs;
        private final List<Future<LoadedPart>> pending;
        private final List<RenderedSection> handoutSections;
        private final List<PartJob> handoutJobs;
        private final List<Future<RenderedPart>> pendingHandouts;

        private Queued(RenderedCourse course, Map<Integer, Path> handouts, List<PartJob> jobs,
                List<Future<LoadedPart>> pending, List<RenderedSection> handoutSections, List<PartJob> handoutJobs,
                List<Future<RenderedPart>> pendingHandouts) {
            this.course = course;
            this.handouts = handouts;
            this.jobs = jobs;
            this.pending = pending;
            this.handoutSections = handoutSections;
            this.handoutJobs = handoutJobs;
            this.pendingHandouts = pendingHandouts;
        }

        /**
         * Waits for the parts, renders the front matter and joins the guide into {@code target}, replacing it only
         * once the PDF is complete; then does the same for each handout.
         *
         * @return the number of pages of the guide
         */
        public int finish(Path target) throws IOException {
            return finish(target, FinishedGuide.NOTHING);
        }

        /**
         * As {@link #finish(Path)}, handing the guide, once written, to {@code then} before its document is closed.
         *
         * @return the number of pages of the guide
         */
        public int finish(Path target, FinishedGuide then) throws IOException {
            List<LoadedPart> loaded = Futures.await(pending);
            List<RenderedPart> handoutParts = Futures.await(pendingHandouts);
            List<RenderedPart> parts = loaded.stream().map(LoadedPart::part).toList();
            List<String> keys = jobs.stream().map(PdfGuideWriter.this::keyOf).toList();
            // Body pages are numbered from 1 after the front matter, as in a book, so the contents can be rendered
            // once, knowing every number, whatever its own length.
            List<TocLine> contents = contents(course.sections(), course.appendices(), startPages(parts),
                    info.labels());
            String frontHtml = composer.front(info, layout, contents);
            // The front matter is cached too: an edit that moves no page leaves the contents as they were.
            Set<String> used = new LinkedHashSet<>(keys);
            PartJob frontJob = new PartJob("front matter", frontHtml, CONTENTS_LINE, Map.of());
            used.add(keyOf(frontJob));
            RenderedPart front = render(frontJob);
            int pages = assemble(course, front, loaded, jobs, contents, digest(frontHtml, keys), target, then);
            close();
            for (int i = 0; i < handoutSections.size(); i++) {
                RenderedSection section = handoutSections.get(i);
                String handoutHtml = composer.handoutFront(info, layout, section.section().heading(info.labels()));
                PartJob handoutFrontJob = new PartJob("title page of the handout of section " + section.section().number(),
                        handoutHtml, CONTENTS_LINE, Map.of());
                used.add(keyOf(handoutFrontJob));
                RenderedPart handoutFront = render(handoutFrontJob);
                PartJob job = handoutJobs.get(i);
                try (PDDocument document = PdfAssembler.load(handoutParts.get(i))) {
                    assemble(new RenderedCourse(List.of(section), List.of()), handoutFront,
                            List.of(new LoadedPart(handoutParts.get(i), document)), List.of(job), List.of(),
                            digest(handoutHtml, List.of(keyOf(job))), handouts.get(section.section().number()),
                            FinishedGuide.NOTHING);
                }
            }
            handoutJobs.forEach(job -> used.add(keyOf(job)));
            cache.retainOnly(used);
            return pages;
        }

        /** How many parts (chunks, front matter, handouts) the guides are made of, once finished. */
        public int parts() {
            return partsUsed.get();
        }

        /** How many of {@link #parts()} were laid out, not taken as they were from the last build's cache. */
        public int partsLaidOut() {
            return partsLaidOut.get();
        }

        /** Closes the documents of the parts read, whether or not they were joined or the build failed. */
        @Override
        public void close() {
            for (Future<LoadedPart> future : pending) {
                if (future.isDone() && !future.isCancelled()) {
                    try {
                        future.get().document().close();
                    } catch (ExecutionException | InterruptedException | IOException e) {
                        // failed to load, or nothing left to release: the build's own failure is what gets reported
                    }
                }
            }
        }
    }

    /** A part, and its PDF read on the thread that rendered it or took it from the cache. */
    private record LoadedPart(RenderedPart part, PDDocument document) {
    }

    private static LoadedPart loaded(RenderedPart part) throws IOException {
        return new LoadedPart(part, PdfAssembler.load(part));
    }

    /** The chunks' documents, each linking to the others through {@link ChunkLinks}. */
    private List<PartJob> chunkJobs(List<List<RenderedSection>> chunks) {
        ChunkLinks links = new ChunkLinks(chunks.stream().map(chunk -> composer.chunk(info, layout, chunk)).toList());
        List<PartJob> jobs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            jobs.add(new PartJob(name(chunks.get(i)), links.document(i), links.anchors(i, SECTION_OR_LESSON),
                    links.crossLinks(i)));
        }
        return jobs;
    }

    private static String name(List<RenderedSection> chunk) {
        int first = chunk.get(0).section().number();
        int last = chunk.get(chunk.size() - 1).section().number();
        return first == last ? "section " + first : "sections " + first + "-" + last;
    }

    /** Renders a part, or takes it from the cache when the same document was rendered before. */
    private RenderedPart render(PartJob job) throws IOException {
        long start = System.nanoTime();
        String key;
        try {
            key = keyOf(job);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // an image it shows could not be read
        }
        partsUsed.incrementAndGet();
        var cached = cache.get(key);
        if (cached.isPresent()) {
            log.debug("PDF part " + job.name() + ": " + Text.count(cached.get().pages(), "page") + ", unchanged since the last build");
            return cached.get();
        }
        RenderedPart part;
        try {
            part = renderer.render(job.html(), job.anchors());
        } catch (RuntimeException | StackOverflowError e) {
            // The renderer's stack has unwound here; an overflow in Batik leaves nothing behind to worry about.
            List<String> svgs = svgImages(job.html());
            if (svgs.isEmpty()) {
                throw e;
            }
            throw new SvgDrawingException(job.name(), svgs, e);
        }
        cache.put(key, part);
        partsLaidOut.incrementAndGet();
        log.debug("PDF part " + job.name() + ": " + Text.count(part.pages(), "page") + ", laid out in " + millisSince(start) + " ms");
        return part;
    }

    /** The SVG images a part draws, by their path in the lesson folder. */
    private static List<String> svgImages(String html) {
        List<String> images = new ArrayList<>();
        Matcher image = SVG_IMAGE.matcher(html);
        while (image.find()) {
            String name = image.group(1);
            try {
                name = URI.create(XmlText.unescape(name)).getPath(); // relative to the lesson folder, %-escapes undone
            } catch (IllegalArgumentException e) {
                // named as written
            }
            if (!images.contains(name)) {
                images.add(name);
            }
        }
        return images;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * A part to render.
     *
     * @param name what the part holds, for the log
     * @param html its XHTML document
     * @param anchors the ids whose place it must report
     * @param links the part's links to other parts: the id of each link's place, and the id it leads to
     */
    private record PartJob(String name, String html, Pattern anchors, Map<String, String> links) {

        /** What decides the part's bytes and its reported places, before the salt. */
        String key() {
            return anchors.pattern() + "\n" + html;
        }
    }

    /** The ids an appendix's part must report the place of: its title, and its links back into the lessons. */
    private static Pattern anchorsOf(Appendix appendix) {
        StringBuilder ids = new StringBuilder("^(").append(Pattern.quote(appendix.anchor()));
        appendix.backLinks().keySet().forEach(id -> ids.append('|').append(Pattern.quote(id)));
        return Pattern.compile(ids.append(")$").toString());
    }

    private int assemble(RenderedCourse course, RenderedPart front, List<LoadedPart> loaded, List<PartJob> jobs,
            List<TocLine> contents, byte[] digest, Path target, FinishedGuide then) throws IOException {
        List<RenderedPart> parts = loaded.stream().map(LoadedPart::part).toList();
        List<RenderedSection> sections = course.sections();
        List<Appendix> appendices = course.appendices();
        Map<String, Integer> bodyPages = startPages(parts);
        List<Integer> partStarts = partStarts(parts);
        long start = System.nanoTime();
        try (PdfAssembler assembler = new PdfAssembler(layout.pdfUA(), layout.fonts())) {
            assembler.append(front);
            if (layout.duplex() && front.pages() % 2 == 1) {
                assembler.appendBlank();
            }
            int frontPages = assembler.pageCount();
            for (int i = 0; i < parts.size(); i++) {
                while (assembler.pageCount() < frontPages + partStarts.get(i)) {
                    assembler.appendBlank();
                }
                assembler.append(loaded.get(i).document());
            }
            long joined = System.nanoTime();
            NavigableMap<Integer, String> sectionStarts = new TreeMap<>();
            for (RenderedSection section : sections) {
                sectionStarts.put(frontPages + bodyPages.get(section.section().anchorId()), section.section().heading(info.labels()));
            }
            appendices.forEach(appendix -> sectionStarts.put(frontPages + bodyPages.get(appendix.anchor()), appendix.title()));
            // The title page and what comes before it (a cover, and in duplex the blank back of the cover) carry no number.
            int unnumbered = layout.coverImage().isEmpty() ? 1 : layout.duplex() ? 3 : 2;
            assembler.stampPages(frontPages, unnumbered, sectionStarts);
            for (RenderedSection section : sections) {
                PDOutlineItem item = assembler.bookmark(null, section.section().heading(info.labels()),
                        frontPages + bodyPages.get(section.section().anchorId()));
                for (RenderedLesson lesson : section.lessons()) {
                    assembler.bookmark(item, lesson.title(),
                            frontPages + bodyPages.get(lesson.lesson().anchorId()));
                }
                if (section.hasAnswerKey()) {
                    assembler.bookmark(item, info.labels().answerKey(), frontPages + bodyPages.get(section.answerKeyAnchor()));
                }
            }
            for (Appendix appendix : appendices) {
                assembler.bookmark(null, appendix.title(), frontPages + bodyPages.get(appendix.anchor()));
            }
            for (int i = 0; i < parts.size(); i++) {
                RenderedPart part = parts.get(i);
                for (Map.Entry<String, String> link : jobs.get(i).links().entrySet()) {
                    RenderedPart.Anchor area = part.anchors().get(link.getKey());
                    Integer targetPage = bodyPages.get(link.getValue());
                    if (area != null && targetPage != null) {
                        assembler.link(frontPages + partStarts.get(i) + area.page(), area, frontPages + targetPage,
                                "Go to page " + (targetPage + 1));
                    }
                }
            }
            for (TocLine line : contents) {
                RenderedPart.Anchor area = front.anchors().get(line.lineId());
                if (area != null) {
                    assembler.link(area.page(), area, frontPages + line.page() - 1, "Go to " + line.text());
                }
            }
            long linked = System.nanoTime();
            AtomicOutput.write(target, out -> assembler.save(info, digest, out));
            log.debug("Joined " + (parts.size() + 1) + " parts into " + assembler.pageCount() + " pages of " + target.getFileName()
                    + " in " + millisSince(start) + " ms: merging " + (joined - start) / 1_000_000 + " ms, numbers, bookmarks"
                    + " and links " + (linked - joined) / 1_000_000 + " ms, saving " + millisSince(linked) + " ms");
            then.accept(assembler.document(), target);
            return assembler.pageCount();
        }
    }

    /** The 0-based page of the body (the pages after the front matter) where each section and lesson starts. */
    private Map<String, Integer> startPages(List<RenderedPart> parts) {
        Map<String, Integer> pages = new HashMap<>();
        List<Integer> starts = partStarts(parts);
        for (int i = 0; i < parts.size(); i++) {
            int first = starts.get(i);
            parts.get(i).anchors().forEach((id, anchor) -> pages.put(id, first + anchor.page()));
        }
        return pages;
    }

    /**
     * The 0-based body page where each part starts. Printed on both sides, every part starts on a right-hand page,
     * after a blank page when the one before ends on a right-hand page; the body itself starts on one.
     */
    private List<Integer> partStarts(List<RenderedPart> parts) {
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (RenderedPart part : parts) {
            if (layout.duplex() && offset % 2 == 1) {
                offset++;
            }
            starts.add(offset);
            offset += part.pages();
        }
        return starts;
    }

    /** The contents, with the body page number where each section and lesson starts. */
    private static List<TocLine> contents(List<RenderedSection> sections, List<Appendix> appendices,
            Map<String, Integer> bodyPages, Labels labels) {
        List<TocLine> lines = new ArrayList<>();
        for (RenderedSection section : sections) {
            String id = section.section().anchorId();
            lines.add(new TocLine(id, section.section().heading(labels), true, bodyPages.get(id) + 1));
            for (RenderedLesson lesson : section.lessons()) {
                String lessonId = lesson.lesson().anchorId();
                lines.add(new TocLine(lessonId, lesson.title(), false, bodyPages.get(lessonId) + 1));
            }
            if (section.hasAnswerKey()) {
                lines.add(new TocLine(section.answerKeyAnchor(), labels.answerKey(), false,
                        bodyPages.get(section.answerKeyAnchor()) + 1));
            }
        }
        for (Appendix appendix : appendices) {
            lines.add(new TocLine(appendix.anchor(), appendix.title(), true, bodyPages.get(appendix.anchor()) + 1));
        }
        return lines;
    }

    /** A part's cache key, hashed once however often it is asked for: parts are large. */
    private String keyOf(PartJob job) {
        return partKeys.computeIfAbsent(job, unsalted -> {
            try {
                return ContentHash.of(List.of(cacheSalt, images.of(unsalted.html()), portable(unsalted.key())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text with the cover's location replaced by what stands for it. */
    private String portable(String text) {
        return cover.map(named -> text.replace(named.location(), named.name())).orElse(text);
    }

    /**
     * @param location the cover's {@code file:} URI, XML-escaped, as {@link PdfDocumentComposer} writes it
     * @param name its content hash, which stands for it in keys: the same cover gives the same key in any folder
     */
    private record CoverName(String location, String name) {
    }

    /**
     * The document id: a digest of the front matter's XHTML and of each chunk's key, so of the whole content, wherever
     * the project lies.
     */
    private byte[] digest(String frontHtml, List<String> keys) {
        MessageDigest md5 = Digests.md5();
        md5.update(portable(frontHtml).getBytes(StandardCharsets.UTF_8));
        keys.forEach(key -> md5.update(key.getBytes(StandardCharsets.US_ASCII)));
        return md5.digest();
    }

}
