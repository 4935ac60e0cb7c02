package io.github.studyguide;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything one build of a study guide needs to know, as plain immutable values. The Maven plugin fills it from
 * its parameters through {@link #builder()}; tests do the same. {@link GuideSettings} lists every component once,
 * for the forked build and the up-to-date fingerprint.
 *
 * @param sourceDirectory the folder the lessons are read from; nothing outside it is ever read
 * @param includes Ant-style globs, relative to {@code sourceDirectory}, of the files to read
 * @param excludes Ant-style globs of the files not to read, though included
 * @param outputDirectory the only folder the build writes to
 * @param finalName the file name of each guide, without extension
 * @param formats the guides to write
 * @param title the guide's title
 * @param author the guide's author, if known
 * @param language a BCP 47 language tag such as {@code en} or {@code pt-BR}
 * @param version the version printed on the title page, usually the project's
 * @param identifier a URN that names this guide across builds and releases, for e-readers' libraries
 * @param pageSize the PDF's paper
 * @param outputTimestamp the instant that stands in for "now" in every date the outputs carry, for reproducible
 *         builds; empty when the project has no {@code project.build.outputTimestamp}
 * @param failOnWarning whether warnings about the lessons fail the build as errors do
 * @param threads how many threads render lessons and write guides; by default one per core
 * @param handouts whether to write one PDF per section besides the guide, when the PDF is written at all
 * @param instructorEdition whether to write the instructor's edition of the PDF besides the guide
 * @param pageBreaks whether the PDF honours the author's {@code <!-- pagebreak -->}s ({@code slides}) or not
 * @param handoutLayout how many of the guide's pages the extra handout PDF prints on one sheet; {@code 1-up}
 *         writes none
 * @param examTips whether both guides end with the "Exam Tips" appendix, when any lesson has a tip
 * @param quizAnswers where the answers to quiz questions go: after each section (the default), at the end, or
 *         inline
 * @param numbering whether lesson titles show their "7.2" number in headings, contents and navigation
 * @param printLinkUrls whether the PDF prints a web link's URL after its text
 * @param duplex whether the PDF is laid out for printing on both sides of the paper
 * @param pdfUA whether the PDF is tagged for assistive technology (PDF/UA-1)
 * @param pdfA whether the PDF conforms to PDF/A-2u, for archiving
 * @param coverImage an image for the PDF's first page and the EPUB's cover, if the user chose one
 * @param accessibilitySummary what the EPUB's accessibility summary says, when the user wrote one; else the writer
 *         generates it
 * @param accessibilityCertifiedBy who certified that the guide meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA;
 *         only when set does the EPUB claim that conformance
 * @param projectDirectory the project's folder: {@code fonts} and {@code codeFonts} resolve from it, and may not
 *         lead out of it; by default the lesson folder's parent
 * @param fonts the author's fonts for all text, tried in this order before DejaVu Sans, character by character:
 *         project files relative to {@code projectDirectory}, or {@code classpath:} resources of the plugin's class
 *         path
 * @param codeFonts the author's fonts for code, tried before DejaVu Sans Mono, then {@code fonts} and DejaVu Sans
 * @param labels the author's words for the plugin's own labels, by key ({@code contents}, {@code answerKey}, ...)
 */
public record GuideConfig(
        Path sourceDirectory,
        List<String> includes,
        List<String> excludes,
        Path outputDirectory,
        String finalName,
        Set<OutputFormat> formats,
        String title,
        Optional<String> author,
        String language,
        Optional<String> version,
        String identifier,
        PageSize pageSize,
        Optional<Instant> outputTimestamp,
        boolean failOnWarning,
        int threads,
        boolean handouts,
        boolean instructorEdition,
        PageBreaks pageBreaks,
        HandoutLayout handoutLayout,
        boolean examTips,
        QuizAnswers quizAnswers,
        boolean numbering,
        boolean printLinkUrls,
        boolean duplex,
        boolean pdfUA,
        boolean pdfA,
        Optional<Path> coverImage,
        Optional<String> accessibilitySummary,
        Optional<String> accessibilityCertifiedBy,
        Path projectDirectory,
        List<String> fonts,
        List<String> codeFonts,
        Map<String, String> labels) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

    /** Checks the settings and fills in the defaults that depend on others; {@link GuideConfigBuilder} documents them. */
    public GuideConfig {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        includes = includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        finalName = requireText(finalName, "finalName");
        formats = formats.isEmpty() ? EnumSet.of(OutputFormat.PDF, OutputFormat.EPUB) : EnumSet.copyOf(formats);
        formats = Collections.unmodifiableSet(formats);
        title = requireText(title, "title");
        author = trimmed(author);
        language = requireText(language, "language");
        version = trimmed(version);
        identifier = requireText(identifier, "identifier");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(outputTimestamp, "outputTimestamp");
        threads = threads > 0 ? threads : defaultThreads();
        Objects.requireNonNull(pageBreaks, "pageBreaks");
        Objects.requireNonNull(handoutLayout, "handoutLayout");
        Objects.requireNonNull(quizAnswers, "quizAnswers");
        Objects.requireNonNull(coverImage, "coverImage");
        accessibilitySummary = trimmed(accessibilitySummary);
        accessibilityCertifiedBy = trimmed(accessibilityCertifiedBy);
        Path parent = sourceDirectory.toAbsolutePath().normalize().getParent();
        projectDirectory = projectDirectory != null ? projectDirectory : parent != null ? parent : sourceDirectory;
        fonts = fontNames(fonts);
        codeFonts = fontNames(codeFonts);
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        if (coverImage.isPresent() && !coverImage.get().getFileName().toString().toLowerCase(Locale.ROOT)
                .matches(".*\\.(png|jpe?g|gif)")) {
            throw new IllegalArgumentException("coverImage " + coverImage.get() + " must be a PNG, JPEG or GIF file");
        }
        if (finalName.contains("/") || finalName.contains("\\") || finalName.startsWith(".")) {
            throw new IllegalArgumentException("finalName '" + finalName + "' must be a plain file name without"
                    + " folders and must not start with a dot; the guides are always written to outputDirectory");
        }
    }

    public static GuideConfigBuilder builder() {
        return new GuideConfigBuilder();
    }

    /** A builder that starts from every setting of this configuration. */
    public GuideConfigBuilder toBuilder() {
        return GuideSettings.builder(this);
    }

    public Path outputFile(OutputFormat format) {
        return outputDirectory.resolve(format.fileName(finalName));
    }

    /**
     * One thread per core: lessons and PDF parts are independent, so the second core does real work rather than wait
     * (docs/performance.md, "Measured numbers").
     */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The instructor's edition, {@code <finalName>-instructor.pdf}, when {@link #instructorEdition()} and the PDF
     * are asked for; empty otherwise.
     */
    public Optional<Path> instructorEditionFile() {
        if (!instructorEdition || !formats.contains(OutputFormat.PDF)) {
            return Optional.empty();
        }
        return Optional.of(outputDirectory.resolve(finalName + "-instructor.pdf"));
    }

    /**
     * The guide's pages several to a sheet, {@code <finalName>-2up.pdf} or {@code <finalName>-4up.pdf}, when a
     * {@link #handoutLayout()} other than {@code 1-up} and the PDF are asked for; empty otherwise.
     */
    public Optional<Path> handoutSheetsFile() {
        if (handoutLayout == HandoutLayout.ONE_UP || !formats.contains(OutputFormat.PDF)) {
            return Optional.empty();
        }
        return Optional.of(outputDirectory.resolve(finalName + "-" + handoutLayout.pagesPerSheet() + "up.pdf"));
    }

    /** Where a build remembers what it read and wrote, for the next one to know whether it has anything to do. */
    public Path stateFile() {
        return outputDirectory.resolve("." + finalName + ".studyguide-state");
    }

    /** Where the build keeps what it can reuse: {@code outputDirectory/.studyguide-cache/<finalName>-<kind>}. */
    public Path cacheFile(String kind) {
        return outputDirectory.resolve(".studyguide-cache").resolve(finalName + "-" + kind);
    }

    /** The handout of a section: {@code <finalName>-section-<n>.pdf}. */
    public Path handoutFile(int section) {
        return outputDirectory.resolve(finalName + "-section-" + section + ".pdf");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.trim();
    }

    private static Optional<String> trimmed(Optional<String> value) {
        return value.map(String::trim).filter(text -> !text.isEmpty());
    }

    private static List<String> fontNames(List<String> fonts) {
        return fonts.stream().filter(font -> font != null && !font.isBlank()).map(String::trim).toList();
    }
}
