package io.github.studyguide;

import io.github.studyguide.check.CourseChecker;
import io.github.studyguide.course.Course;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.diagnostics.LessonProblemsException;
import io.github.studyguide.diagnostics.Problem;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.incremental.BuildState;
import io.github.studyguide.incremental.LessonCache;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.pdf.PreparedParts;
import io.github.studyguide.pdf.SvgDrawingException;
import io.github.studyguide.refs.ImageFiles;
import io.github.studyguide.refs.ImageVerdicts;
import io.github.studyguide.render.CourseRenderer;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedCourse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.studyguide.internal.Text.count;

/**
 * Builds or checks a study guide: reads the course in reading order ({@link CourseReader}), renders each lesson to
 * XHTML, checks what lessons refer to, and writes the requested formats ({@link FormatWriters}), unless the guides
 * are up to date. This is the whole pipeline, and it knows nothing of Maven. An instance serves one build; several builds may run at once.
 */
public final class StudyGuide {

    private final GuideConfig config;
    private final BuildLog log;
    /** When this build began, for the times it reports. */
    private final long startNanos = System.nanoTime();
    /** The author's fonts, read once the first step needs them. */
    private ConfiguredFonts fonts;
    private volatile BuildWork work = BuildWork.NOTHING;
    private final PreparedParts prepared;

    public StudyGuide(GuideConfig config, BuildLog log) {
        this(config, log, new PreparedParts());
    }

    /**
     * A build of a watch session.
     *
     * @param prepared the PDF parts the session keeps read and prepared from one build to the next
     */
    public StudyGuide(GuideConfig config, BuildLog log, PreparedParts prepared) {
        this.config = config;
        this.log = log;
        this.prepared = prepared;
    }

    /**
     * Runs the whole pipeline, unless the guides are up to date.
     *
     * @return the files written (or found up to date)
     * @throws GuideException if the lessons or the configuration have problems the author must fix; every problem
     *     has been logged with its file and line before this is thrown, and no guide has been written
     * @throws IOException if reading the lessons or writing a guide fails
     */
    public BuildResult build() throws GuideException, IOException {
        BuildState state = state();
        Optional<BuildResult> current = upToDate(state);
        return current.isPresent() ? current.get() : build(state);
    }

    /**
     * The first step of {@link #build()}: checks the cover and fingerprints everything the guides depend on (the
     * lesson folder, the settings, the plugin). A forked build takes this step in Maven's JVM, so that a build with
     * nothing to do starts no JVM, and hands the state over.
     */
    public BuildState state() throws GuideException, IOException {
        if (config.coverImage().isPresent() && !Files.isRegularFile(config.coverImage().get())) {
            throw new GuideException("coverImage " + config.coverImage().get() + " does not exist; point it at a PNG,"
                    + " JPEG or GIF file, or leave it out.");
        }
        Optional<String> coverProblem = config.coverImage().flatMap(ImageFiles::problem);
        if (coverProblem.isPresent()) {
            throw new GuideException("coverImage " + config.coverImage().get() + " " + coverProblem.get() + ".");
        }
        fonts();
        List<String> fingerprint = new ArrayList<>(GuideSettings.fingerprint(config));
        // The font files by content, as the lesson folder's files are.
        fingerprint.add("fontFiles=" + fonts().fingerprint());
        BuildState state = BuildState.of(config.stateFile(), config.sourceDirectory(), fingerprint);
        log.debug("Fingerprinted the lesson folder in " + (System.nanoTime() - startNanos) / 1_000_000 + " ms");
        return state;
    }

    /** The guides as the last build left them, when they are up to date with {@code state}; empty otherwise. */
    public Optional<BuildResult> upToDate(BuildState state) throws IOException {
        if (!state.isUpToDate(outputs())) {
            return Optional.empty();
        }
        log.info("Study guide is up to date (" + (System.nanoTime() - startNanos) / 1_000_000 + " ms)");
        return Optional.of(new BuildResult(outputsByFormat(), recordedHandouts(state.recordedOutputs())));
    }

    /**
     * Runs the pipeline after {@link #state()}, whether or not the guides are up to date.
     *
     * @param state the state {@link #state()} computed
     */
    public BuildResult build(BuildState state) throws GuideException, IOException {
        Instant start = Instant.now();
        List<Path> outputs = outputs();
        StageTimes times = new StageTimes();
        Problems problems = new Problems();
        Course course = readCourse(problems);
        times.record("scan", startNanos);
        log.info("Rendering " + count(course.lessonCount(), "lesson") + " in " + count(course.sections().size(), "section")
                + " from " + config.sourceDirectory());

        long renderStart = System.nanoTime();
        // Keyed by the plugin; each lesson is checked against the files its references consulted.
        LessonCache lessonCache = LessonCache.in(config.cacheFile("lessons.cache"), BuildState.pluginIdentity(),
                BuildState.pluginIdentity());
        ImageVerdicts images = new ImageVerdicts(lessonCache.imageVerdicts());
        RenderedCourse rendered = new CourseRenderer(course, config.sourceDirectory(), renderOptions(), lessonCache,
                images).render(config.threads(), problems);
        new CourseChecker(config.sourceDirectory(), config.formats().contains(OutputFormat.PDF), images,
                course.links(), fonts()).check(rendered, problems);
        Optional<RenderedCourse> instructors = Optional.empty();
        if (config.instructorEditionFile().isPresent()) {
            // The same lessons again, notes kept and answers inline; their problems were reported just now.
            instructors = Optional.of(new CourseRenderer(course, config.sourceDirectory(), renderOptions().forInstructors(),
                    lessonCache, images).render(config.threads(), new Problems()));
        }
        times.record("render", renderStart);
        log.debug("Rendered " + count(course.lessonCount() - lessonCache.lessonsReadBack(), "lesson") + "; read back "
                + lessonCache.lessonsReadBack() + " unchanged since the last build, and the verdicts on "
                + count(lessonCache.verdictsReadBack(), "drawing"));
        report(problems);

        state.invalidate();
        SortedMap<Integer, Path> handouts = new TreeMap<>();
        if (config.handouts() && config.formats().contains(OutputFormat.PDF)) {
            course.sections().forEach(section -> handouts.put(section.number(), config.handoutFile(section.number())));
        }
        Map<OutputFormat, Path> written;
        FormatWriters writers = new FormatWriters(config, fonts(), log, prepared);
        try {
            // The PDF's parts are keyed by the images each shows, not by the whole folder's other files.
            written = writers.write(rendered, instructors, GuideInfo.of(config, start, labels(new ArrayList<>())),
                    BuildState.pluginIdentity(), handouts, times);
        } catch (SvgDrawingException e) {
            throw new GuideException(e.getMessage());
        }
        List<Path> all = new ArrayList<>(outputs);
        all.addAll(handouts.values());
        state.save(all);
        lessonCache.save();
        work = new BuildWork(course.lessonCount(), course.lessonCount() - lessonCache.lessonsReadBack(),
                writers.pdfParts(), writers.pdfPartsLaidOut());
        log.info("Study guide built in " + (System.nanoTime() - startNanos) / 1_000_000 + " ms (" + times + ")");
        return new BuildResult(written, handouts);
    }

    /** What the build did anew; {@link BuildWork#NOTHING} before it ends, or when the guides were up to date. */
    public BuildWork work() {
        return work;
    }

    /**
     * Runs every check of {@link #build()} without rendering or writing anything.
     *
     * @return the problems found, none of them failing the build
     * @throws GuideException if the lessons have errors, or warnings while {@code failOnWarning} is set
     * @throws IOException if reading the lessons fails
     */
    public List<Problem> check() throws GuideException, IOException {
        Problems problems = new Problems();
        Course course = readCourse(problems);
        // Reads back the facts of lessons the last build kept, unchanged since; writes nothing.
        LessonCache lessonCache = LessonCache.in(config.cacheFile("lessons.cache"), "", BuildState.pluginIdentity());
        ImageVerdicts images = new ImageVerdicts(lessonCache.imageVerdicts());
        new CourseChecker(config.sourceDirectory(), config.formats().contains(OutputFormat.PDF), images,
                course.links(), fonts()).check(
                new CourseRenderer(course, config.sourceDirectory(), renderOptions(), lessonCache, images)
                        .analyze(config.threads(), problems), problems);
        report(problems);
        log.debug("Read back the facts of " + lessonCache.factsReadBack() + " of " + count(course.lessonCount(), "lesson")
                + ", unchanged since the last build in " + config.outputDirectory());
        log.info("Checked " + count(course.lessonCount(), "lesson") + " in " + count(course.sections().size(), "section")
                + ": " + count(problems.sorted().size(), "warning") + " (" + (System.nanoTime() - startNanos) / 1_000_000
                + " ms)");
        return problems.sorted();
    }

    /** The guide's labels; what the author should know about them goes to {@code warnings}. */
    private Labels labels(List<String> warnings) {
        return Labels.of(config.language(), config.labels(), warnings);
    }

    /**
     * The author's fonts, read and checked on first use: by the first step of a build, or by the check goal.
     *
     * @throws GuideException naming each font entry that cannot be used
     */
    private ConfiguredFonts fonts() throws GuideException {
        if (fonts == null) {
            fonts = ConfiguredFonts.load(config.projectDirectory(), config.fonts(), config.codeFonts());
        }
        return fonts;
    }

    /** The handouts among the files the last build wrote, by section number. */
    private SortedMap<Integer, Path> recordedHandouts(List<Path> recorded) {
        Pattern handout = Pattern.compile(Pattern.quote(config.finalName()) + "-section-(\\d+)\\.pdf");
        SortedMap<Integer, Path> handouts = new TreeMap<>();
        for (Path file : recorded) {
            Matcher matcher = handout.matcher(file.getFileName().toString());
            if (matcher.matches()) {
                handouts.put(Integer.parseInt(matcher.group(1)), file);
            }
        }
        return handouts;
    }

    private List<Path> outputs() {
        List<Path> outputs = new ArrayList<>(config.formats().stream().map(config::outputFile).toList());
        config.handoutSheetsFile().ifPresent(outputs::add);
        config.instructorEditionFile().ifPresent(outputs::add);
        return outputs;
    }

    private Map<OutputFormat, Path> outputsByFormat() {
        Map<OutputFormat, Path> outputs = new EnumMap<>(OutputFormat.class);
        config.formats().forEach(format -> outputs.put(format, config.outputFile(format)));
        return outputs;
    }

    /** Reads the course, recording problems in the lessons; fails when it holds no lesson and no error says why. */
    private Course readCourse(Problems problems) throws GuideException, IOException {
        Course course = new CourseReader(config, log).read(problems);
        // Once per build, and in the check goal too: a language without a bundle, a misspelt label.
        List<String> labelWarnings = new ArrayList<>();
        labels(labelWarnings);
        labelWarnings.forEach(warning -> problems.warning("", 0, warning));
        if (course.lessonCount() == 0 && !problems.hasErrors()) {
            report(problems);
            throw new GuideException("No lessons found in " + config.sourceDirectory() + " (includes "
                    + config.includes() + ", excludes " + config.excludes() + "); a lesson is a Markdown file whose"
                    + " front matter has title, section and lesson, or one that the course's layout places: numbered"
                    + " file names (01-intro.md, 02-setup/01-install.md), a SUMMARY.md, a mkdocs.yml or a Carpentries"
                    + " config.yaml.");
        }
        return course;
    }

    /** Logs every problem, then fails once if any is an error, or a warning while failOnWarning is set. */
    private void report(Problems problems) throws LessonProblemsException {
        List<Problem> all = problems.sorted();
        for (Problem problem : all) {
            if (problem.severity() == Problem.Severity.ERROR) {
                log.error(problem.toString());
            } else {
                log.warn(problem.toString());
            }
        }
        if (problems.hasErrors()) {
            throw new LessonProblemsException(all);
        }
        if (config.failOnWarning() && !all.isEmpty()) {
            throw new LessonProblemsException(all, true);
        }
    }

    private RenderOptions renderOptions() {
        return new RenderOptions(config.numbering(), config.examTips(), config.quizAnswers(), labels(new ArrayList<>()));
    }
}
