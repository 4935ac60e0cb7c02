package io.github.studyguide;

import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.internal.Futures;
import io.github.studyguide.layout.CourseLayouts;
import io.github.studyguide.layout.LessonPlacer;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.LessonScanner;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.studyguide.internal.Text.count;

/**
 * The pipeline's first stages: finds the lesson files, reads their front matter, and puts them in reading order,
 * by the course's layout (numbered files, a {@code SUMMARY.md}, a {@code mkdocs.yml}, a Carpentries
 * {@code config.yaml}) when it has one, else by the front matter's section and lesson.
 */
final class CourseReader {

    private final GuideConfig config;
    private final BuildLog log;

    CourseReader(GuideConfig config, BuildLog log) {
        this.config = config;
        this.log = log;
    }

    /** Scans, parses and assembles the course in reading order, recording problems in the lessons. */
    Course read(Problems problems) throws GuideException, IOException {
        List<SourceFile> files;
        try {
            files = new LessonScanner(config.sourceDirectory(), config.includes(), config.excludes()).scan(problems);
        } catch (NoSuchFileException e) {
            if (Files.isDirectory(config.sourceDirectory())) {
                throw e; // a file that went away while the folder was read
            }
            throw new GuideException("The lesson folder " + config.sourceDirectory() + " does not exist;"
                    + " create it or point sourceDirectory at your lessons.");
        }
        FrontMatterParser parser = new FrontMatterParser();
        List<Optional<ParsedFile>> results = Futures.inPool(config.threads(),
                () -> files.parallelStream().map(file -> parser.parse(file, problems)).toList());
        List<ParsedFile> parsed = new ArrayList<>();
        List<SourceFile> withoutFrontMatter = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (results.get(i).isPresent()) {
                parsed.add(results.get(i).get());
            } else if (!files.get(i).text().startsWith("---")) {
                withoutFrontMatter.add(files.get(i));
            }
        }
        Optional<LessonPlacer.Placed> placed = LessonPlacer.place(config.sourceDirectory(), parsed,
                withoutFrontMatter, problems, log);
        Course course;
        if (placed.isPresent()) {
            course = new CourseAssembler(placed.get().places()).assemble(placed.get().files(), problems)
                    .following(placed.get().plan().slugs(), placed.get().plan().links());
        } else {
            log.info("Reading order from " + CourseLayouts.FRONT_MATTER_RULE);
            if (!withoutFrontMatter.isEmpty()) {
                problems.warning("", 0, "Skipped " + count(withoutFrontMatter.size(), "Markdown file")
                        + " without front matter (they are not lessons): "
                        + String.join(", ", withoutFrontMatter.stream().map(SourceFile::relativePath).toList()));
            }
            course = new CourseAssembler().assemble(parsed, problems);
        }
        return course;
    }
}
