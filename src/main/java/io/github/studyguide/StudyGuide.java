package io.github.studyguide;

import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.epub.EpubGuideWriter;
import io.github.studyguide.html.CourseRenderer;
import io.github.studyguide.html.RenderedCourse;
import io.github.studyguide.pdf.PdfGuideWriter;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.LessonScanner;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a study guide: scans the lessons, assembles the course in reading order, renders each lesson to XHTML and
 * writes the requested formats. This is the whole pipeline, and it knows nothing of Maven. Instances are not shared
 * between builds; several builds may run at once.
 */
public final class StudyGuide {

    private final GuideConfig config;
    private final BuildLog log;

    public StudyGuide(GuideConfig config, BuildLog log) {
        this.config = config;
        this.log = log;
    }

    /**
     * Runs the whole pipeline.
     *
     * @return the files written, by format
     * @throws GuideException if the lessons or the configuration have problems the author must fix; every problem
     *     has been logged with its file and line before this is thrown
     * @throws IOException if reading the lessons or writing a guide fails
     */
    public Map<OutputFormat, Path> build() throws GuideException, IOException {
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        StageTimes times = new StageTimes();
        Course course = readCourse();
        times.record("scan", startNanos);
        log.info("Rendering " + course.lessonCount() + plural(course.lessonCount(), " lesson") + " in "
                + course.sections().size() + plural(course.sections().size(), " section") + " from "
                + config.sourceDirectory());

        int threads = Runtime.getRuntime().availableProcessors();
        long renderStart = System.nanoTime();
        RenderedCourse rendered = new CourseRenderer().render(course, threads);
        times.record("render", renderStart);

        GuideInfo info = GuideInfo.of(config, start);
        Map<OutputFormat, Path> written = writeFormats(rendered, info, times);
        log.info("Study guide built in " + (System.nanoTime() - startNanos) / 1_000_000 + " ms (" + times + ")");
        return written;
    }

    /** Scans, parses and assembles the course; fails with every problem logged if any of them is an error. */
    Course readCourse() throws GuideException, IOException {
        Problems problems = new Problems();
        List<SourceFile> files;
        try {
            files = new LessonScanner(config.sourceDirectory(), config.includes(), config.excludes()).scan(problems);
        } catch (NoSuchFileException e) {
            throw new GuideException("The lesson folder " + config.sourceDirectory() + " does not exist;"
                    + " create it or point sourceDirectory at your lessons.");
        }
        FrontMatterParser parser = new FrontMatterParser();
        List<ParsedFile> parsed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SourceFile file : files) {
            Optional<ParsedFile> result = parser.parse(file, problems);
            if (result.isPresent()) {
                parsed.add(result.get());
            } else if (!file.text().startsWith("---")) {
                skipped.add(file.relativePath());
            }
        }
        if (!skipped.isEmpty()) {
            log.warn("Skipped " + skipped.size() + plural(skipped.size(), " Markdown file") + " without front matter"
                    + " (they are not lessons): " + String.join(", ", skipped));
        }
        Course course = new CourseAssembler().assemble(parsed, problems);
        report(problems);
        if (course.lessonCount() == 0) {
            throw new GuideException("No lessons found in " + config.sourceDirectory() + " (includes "
                    + config.includes() + ", excludes " + config.excludes() + "); a lesson is a Markdown file whose"
                    + " front matter has title, section and lesson.");
        }
        return course;
    }

    private void report(Problems problems) throws LessonProblemsException {
        for (Problem problem : problems.sorted()) {
            if (problem.severity() == Problem.Severity.ERROR) {
                log.error(problem.toString());
            } else {
                log.warn(problem.toString());
            }
        }
        if (problems.hasErrors()) {
            throw new LessonProblemsException(problems.sorted());
        }
    }

    /** Writes each format on its own thread: the PDF and EPUB writers share nothing but the rendered course. */
    private Map<OutputFormat, Path> writeFormats(RenderedCourse rendered, GuideInfo info, StageTimes times)
            throws IOException {
        Files.createDirectories(config.outputDirectory());
        Map<OutputFormat, Future<Path>> pending = new EnumMap<>(OutputFormat.class);
        ExecutorService executor = Executors.newFixedThreadPool(config.formats().size());
        try {
            for (OutputFormat format : config.formats()) {
                pending.put(format, executor.submit(() -> write(format, rendered, info, times)));
            }
            Map<OutputFormat, Path> written = new EnumMap<>(OutputFormat.class);
            for (Map.Entry<OutputFormat, Future<Path>> entry : pending.entrySet()) {
                written.put(entry.getKey(), await(entry.getValue()));
            }
            return written;
        } finally {
            executor.shutdownNow();
        }
    }

    private Path write(OutputFormat format, RenderedCourse rendered, GuideInfo info, StageTimes times)
            throws IOException {
        long start = System.nanoTime();
        Path target = config.outputFile(format);
        switch (format) {
            case PDF -> new PdfGuideWriter(info, config.pageSize(), config.sourceDirectory().toUri())
                    .write(rendered.sections(), target);
            case EPUB -> new EpubGuideWriter(info).write(rendered, target);
        }
        long elapsed = times.record(format.extension(), start);
        log.info("Wrote " + target + " (" + Files.size(target) / 1024 + " KB) in " + elapsed + " ms");
        return target;
    }

    private static Path await(Future<Path> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the study guide", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private static String plural(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
