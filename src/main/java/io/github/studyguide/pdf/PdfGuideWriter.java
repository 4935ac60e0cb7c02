package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.aids.Appendix;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.incremental.PartCache;
import io.github.studyguide.internal.Futures;
import io.github.studyguide.internal.Text;
import io.github.studyguide.render.Outline;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.render.RenderedSection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Sections, lessons, quiz questions (answer keys link back to them), lessons' opening boxes and answer keys. */
    private static final Pattern SECTION_OR_LESSON =
            Pattern.compile("^s\\d+(-l-?\\d+(-o-?\\d+)?(_q\\.\\d+|_(objectives|questions)\\.\\d+)?|-answers)?$");
    private static final Pattern CONTENTS_LINE = Pattern.compile("^toc-");

    private final PdfDocumentComposer composer = new PdfDocumentComposer();
    private final GuideJoin join;
    private final GuideInfo info;
    private final PdfLayout layout;
    private final PartRenderer renderer;
    private final PartCache cache;
    private final PartKeys keys;
    /** Parts this writer used and laid out (not taken from the cache), for the watch goal's line per rebuild. */
    private final AtomicInteger partsUsed = new AtomicInteger();
    private final AtomicInteger partsLaidOut = new AtomicInteger();
    private final int threads;
    private final BuildLog log;
    private final int lessonsPerChunk;
    private final PreparedParts prepared;
    private final String guideName;

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
        this(info, layout, sourceDirectory, cacheDirectory, cacheSalt, threads, log, new PreparedParts());
    }

    /**
     * As the other constructor, for a build of a watch session.
     *
     * @param prepared the parts the session keeps prepared between its builds
     */
    public PdfGuideWriter(GuideInfo info, PdfLayout layout, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads, BuildLog log, PreparedParts prepared) throws IOException {
        this(info, layout, sourceDirectory, cacheDirectory, cacheSalt, threads, log, LESSONS_PER_CHUNK, prepared);
    }

    /** As the public constructor, with the chunk size chosen: tests use small chunks on a small course. */
    PdfGuideWriter(GuideInfo info, PdfLayout layout, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads, BuildLog log, int lessonsPerChunk) throws IOException {
        this(info, layout, sourceDirectory, cacheDirectory, cacheSalt, threads, log, lessonsPerChunk, new PreparedParts());
    }

    private PdfGuideWriter(GuideInfo info, PdfLayout layout, Path sourceDirectory, Path cacheDirectory, String cacheSalt,
            int threads, BuildLog log, int lessonsPerChunk, PreparedParts prepared) throws IOException {
        this.prepared = prepared;
        // The cache folder's name tells the guides apart (the guide, the instructor edition).
        this.guideName = cacheDirectory.getFileName().toString();
        this.log = log;
        this.lessonsPerChunk = lessonsPerChunk;
        this.info = info;
        this.layout = layout;
        this.renderer = new PartRenderer(sourceDirectory, layout);
        this.cache = new PartCache(cacheDirectory);
        this.keys = new PartKeys(cacheSalt, layout, sourceDirectory);
        this.threads = Math.max(1, threads);
        this.join = new GuideJoin(info, layout, log);
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
        // Parts to lay out before those in the cache, which are only read: on an edit rebuild the one chunk laid out
        // again waited behind the reading of all the others (tagged parts take a while to read). Largest first: the
        // Exam Tips appendix of a large course runs to hundreds of pages, and laid out last it kept one core busy
        // while the others had nothing left to do.
        List<Future<GuideJoin.Part>> pending = new ArrayList<>(Collections.nCopies(jobs.size(), null));
        IntStream.range(0, jobs.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> isCached(jobs.get(i)))
                        .thenComparing(Comparator.comparingInt((Integer i) -> jobs.get(i).html().length()).reversed()))
                .forEach(i -> pending.set(i, executor.submit(() -> loaded(jobs.get(i)))));
        List<Future<GuideJoin.Part>> pendingHandouts =
                handoutJobs.stream().map(job -> executor.submit(() -> loaded(job))).toList();
        return new Queued(course, handouts, jobs, pending, handoutSections, handoutJobs, pendingHandouts);
    }

    /** The parts of a guide and its handouts, queued for rendering and reading on the executor. */
    public final class Queued {

        private final RenderedCourse course;
        private final Map<Integer, Path> handouts;
        private final List<PartJob> jobs;
        private final List<Future<GuideJoin.Part>> pending;
        private final List<RenderedSection> handoutSections;
        private final List<PartJob> handoutJobs;
        private final List<Future<GuideJoin.Part>> pendingHandouts;

        private Queued(RenderedCourse course, Map<Integer, Path> handouts, List<PartJob> jobs,
                List<Future<GuideJoin.Part>> pending, List<RenderedSection> handoutSections, List<PartJob> handoutJobs,
                List<Future<GuideJoin.Part>> pendingHandouts) {
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
            List<GuideJoin.Part> loaded = Futures.await(pending);
            List<GuideJoin.Part> handoutParts = Futures.await(pendingHandouts);
            List<RenderedPart> parts = loaded.stream().map(GuideJoin.Part::part).toList();
            List<String> partKeys = jobs.stream().map(PdfGuideWriter.this::keyOf).toList();
            // Body pages are numbered from 1 after the front matter, as in a book, so the contents can be rendered
            // once, knowing every number, whatever its own length.
            List<Outline.Entry> outline = Outline.of(course, info.labels());
            List<TocLine> contents = BodyPages.contents(outline, BodyPages.startPages(parts, layout.duplex()));
            String frontHtml = composer.front(info, layout, contents);
            // The front matter is cached too: an edit that moves no page leaves the contents as they were.
            Set<String> used = new LinkedHashSet<>(partKeys);
            PartJob frontJob = new PartJob("front matter", frontHtml, CONTENTS_LINE, Map.of());
            used.add(keyOf(frontJob));
            int pages = join.join(outline, loaded(frontJob), loaded, links(jobs), contents,
                    keys.digest(frontHtml, partKeys), target);
            for (int i = 0; i < handoutSections.size(); i++) {
                RenderedSection section = handoutSections.get(i);
                String handoutHtml = composer.handoutFront(info, layout, section.section().heading(info.labels()));
                PartJob handoutFrontJob = new PartJob("title page of the handout of section " + section.section().number(),
                        handoutHtml, CONTENTS_LINE, Map.of());
                used.add(keyOf(handoutFrontJob));
                PartJob job = handoutJobs.get(i);
                join.join(Outline.of(List.of(section), List.of(), info.labels()), loaded(handoutFrontJob),
                        List.of(handoutParts.get(i)), links(List.of(job)), List.of(),
                        keys.digest(handoutHtml, List.of(keyOf(job))),
                        handouts.get(section.section().number()));
            }
            handoutJobs.forEach(job -> used.add(keyOf(job)));
            cache.retainOnly(used);
            prepared.retainOnly(guideName, used);
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
    }

    /**
     * A part ready to join: as the watch session kept it from its last build, or rendered (or taken from the
     * cache) and prepared on this thread.
     */
    private GuideJoin.Part loaded(PartJob job) throws IOException {
        String key = key(job);
        Optional<GuideJoin.Part> kept = prepared.kept(guideName, key);
        if (kept.isPresent()) {
            partsUsed.incrementAndGet();
            log.debug("PDF part " + job.name() + ": " + Text.count(kept.get().part().pages(), "page")
                    + ", unchanged since the last build, kept prepared");
            return kept.get();
        }
        RenderedPart part = render(job, key);
        GuideJoin.Part joinable = new GuideJoin.Part(part, PdfAssembler.prepare(PdfAssembler.load(part), layout.fonts()));
        prepared.keep(guideName, key, joinable);
        return joinable;
    }

    /** Each part's links to other parts: the id of each link's place, and the id it leads to. */
    private static List<Map<String, String>> links(List<PartJob> jobs) {
        return jobs.stream().map(PartJob::links).toList();
    }

    /** The chunks' documents, each linking to the others through {@link ChunkLinks}. */
    private List<PartJob> chunkJobs(List<List<RenderedSection>> chunks) {
        ChunkLinks links = new ChunkLinks(chunks.stream().map(chunk -> composer.chunk(info, layout, chunk)).toList());
        List<PartJob> jobs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            jobs.add(new PartJob(SectionChunks.name(chunks.get(i)), links.document(i), links.anchors(i, SECTION_OR_LESSON),
                    links.crossLinks(i)));
        }
        return jobs;
    }

    /** A part's cache key; an image it shows that cannot be read is the part's failure. */
    private String key(PartJob job) throws IOException {
        try {
            return keyOf(job);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // an image it shows could not be read
        }
    }

    /** Renders a part, or takes it from the cache when the same document was rendered before. */
    private RenderedPart render(PartJob job, String key) throws IOException {
        long start = System.nanoTime();
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
            List<String> svgs = SvgDrawingException.svgImages(job.html());
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

    /** Whether the part is in the cache; a part whose key cannot be made (an image unreadable) is not. */
    private boolean isCached(PartJob job) {
        try {
            return cache.contains(keyOf(job));
        } catch (UncheckedIOException e) {
            return false; // rendering it reports the image
        }
    }

    /** A part's cache key. */
    private String keyOf(PartJob job) {
        return keys.keyOf(job, PartJob::key, PartJob::html);
    }

    /** The ids an appendix's part must report the place of: its title, and its links back into the lessons. */
    private static Pattern anchorsOf(Appendix appendix) {
        StringBuilder ids = new StringBuilder("^(").append(Pattern.quote(appendix.anchor()));
        appendix.backLinks().keySet().forEach(id -> ids.append('|').append(Pattern.quote(id)));
        return Pattern.compile(ids.append(")$").toString());
    }
}
