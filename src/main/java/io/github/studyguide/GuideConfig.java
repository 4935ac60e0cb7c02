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
 * its parameters; tests build it directly. {@link GuideSettings} lists every field once, for the forked build and
 * the up-to-date fingerprint.
 */
public final class GuideConfig {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

    private final Path sourceDirectory;
    private final List<String> includes;
    private final List<String> excludes;
    private final Path outputDirectory;
    private final String finalName;
    private final Set<OutputFormat> formats;
    private final String title;
    private final String author;
    private final String language;
    private final String version;
    private final String identifier;
    private final PageSize pageSize;
    private final Instant outputTimestamp;
    private final boolean failOnWarning;
    private final int threads;
    private final boolean handouts;
    private final boolean instructorEdition;
    private final PageBreaks pageBreaks;
    private final HandoutLayout handoutLayout;
    private final boolean examTips;
    private final QuizAnswers quizAnswers;
    private final boolean numbering;
    private final boolean printLinkUrls;
    private final boolean duplex;
    private final boolean pdfUA;
    private final boolean pdfA;
    private final Path coverImage;
    private final String accessibilitySummary;
    private final String accessibilityCertifiedBy;
    private final Path projectDirectory;
    private final List<String> fonts;
    private final List<String> codeFonts;
    private final Map<String, String> labels;

    private GuideConfig(Builder builder) {
        this.sourceDirectory = Objects.requireNonNull(builder.sourceDirectory, "sourceDirectory");
        this.includes = builder.includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(builder.includes);
        this.excludes = List.copyOf(builder.excludes);
        this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory");
        this.finalName = requireText(builder.finalName, "finalName");
        this.formats = builder.formats.isEmpty() ? EnumSet.of(OutputFormat.PDF, OutputFormat.EPUB)
                : EnumSet.copyOf(builder.formats);
        this.title = requireText(builder.title, "title");
        this.author = blankToNull(builder.author);
        this.language = requireText(builder.language, "language");
        this.version = blankToNull(builder.version);
        this.identifier = requireText(builder.identifier, "identifier");
        this.pageSize = Objects.requireNonNull(builder.pageSize, "pageSize");
        this.outputTimestamp = builder.outputTimestamp;
        this.failOnWarning = builder.failOnWarning;
        this.threads = builder.threads > 0 ? builder.threads : defaultThreads();
        this.handouts = builder.handouts;
        this.instructorEdition = builder.instructorEdition;
        this.pageBreaks = Objects.requireNonNull(builder.pageBreaks, "pageBreaks");
        this.handoutLayout = Objects.requireNonNull(builder.handoutLayout, "handoutLayout");
        this.examTips = builder.examTips;
        this.quizAnswers = builder.quizAnswers;
        this.numbering = builder.numbering;
        this.printLinkUrls = builder.printLinkUrls;
        this.duplex = builder.duplex;
        this.pdfUA = builder.pdfUA;
        this.pdfA = builder.pdfA;
        this.coverImage = builder.coverImage;
        this.accessibilitySummary = blankToNull(builder.accessibilitySummary);
        this.accessibilityCertifiedBy = blankToNull(builder.accessibilityCertifiedBy);
        this.fonts = List.copyOf(builder.fonts);
        this.codeFonts = List.copyOf(builder.codeFonts);
        this.labels = Collections.unmodifiableSortedMap(new TreeMap<>(builder.labels));
        this.projectDirectory = builder.projectDirectory != null ? builder.projectDirectory
                : sourceDirectory.toAbsolutePath().normalize().getParent() != null
                        ? sourceDirectory.toAbsolutePath().normalize().getParent() : sourceDirectory;
        if (coverImage != null && !coverImage.getFileName().toString().toLowerCase(Locale.ROOT)
                .matches(".*\\.(png|jpe?g|gif)")) {
            throw new IllegalArgumentException("coverImage " + coverImage + " must be a PNG, JPEG or GIF file");
        }
        if (finalName.contains("/") || finalName.contains("\\") || finalName.startsWith(".")) {
            throw new IllegalArgumentException("finalName '" + finalName + "' must be a plain file name without"
                    + " folders and must not start with a dot; the guides are always written to outputDirectory");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from every setting of this configuration. */
    public Builder toBuilder() {
        return GuideSettings.builder(this);
    }

    /** The folder the lessons are read from; nothing outside it is ever read. */
    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /** Ant-style globs, relative to {@link #sourceDirectory()}, of the files to read. */
    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    /** The only folder the build writes to. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** The file name of each guide, without extension. */
    public String finalName() {
        return finalName;
    }

    public Set<OutputFormat> formats() {
        return formats;
    }

    public Path outputFile(OutputFormat format) {
        return outputDirectory.resolve(format.fileName(finalName));
    }

    public String title() {
        return title;
    }

    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    /** A BCP 47 language tag such as {@code en} or {@code pt-BR}. */
    public String language() {
        return language;
    }

    /** The version printed on the title page, usually the project's. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** A URN that names this guide across builds and releases, for e-readers' libraries. */
    public String identifier() {
        return identifier;
    }

    public PageSize pageSize() {
        return pageSize;
    }

    /**
     * The instant that stands in for "now" in every date the outputs carry, for reproducible builds; empty when the
     * project has no {@code project.build.outputTimestamp}.
     */
    public Optional<Instant> outputTimestamp() {
        return Optional.ofNullable(outputTimestamp);
    }

    /**
     * One thread per core: lessons and PDF parts are independent, so the second core does real work rather than wait
     * (docs/performance.md, "Measured numbers").
     */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** How many threads render lessons and write guides; by default one per core. */
    public int threads() {
        return threads;
    }

    /** An image for the PDF's first page and the EPUB's cover, if the user chose one. */
    public Optional<Path> coverImage() {
        return Optional.ofNullable(coverImage);
    }

    /** What the EPUB's accessibility summary says, when the user wrote one; else the writer generates it. */
    public Optional<String> accessibilitySummary() {
        return Optional.ofNullable(accessibilitySummary);
    }

    /**
     * Who certified that the guide meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA; only when set does the EPUB
     * claim that conformance.
     */
    public Optional<String> accessibilityCertifiedBy() {
        return Optional.ofNullable(accessibilityCertifiedBy);
    }

    /**
     * The project's folder: {@link #fonts()} and {@link #codeFonts()} resolve from it, and may not lead out of it.
     * By default the lesson folder's parent.
     */
    public Path projectDirectory() {
        return projectDirectory;
    }

    /**
     * The author's fonts for all text, tried in this order before DejaVu Sans, character by character: project
     * files relative to {@link #projectDirectory()}, or {@code classpath:} resources of the plugin's class path.
     */
    public List<String> fonts() {
        return fonts;
    }

    /** The author's fonts for code, tried before DejaVu Sans Mono, then {@link #fonts()} and DejaVu Sans. */
    public List<String> codeFonts() {
        return codeFonts;
    }

    /** The author's words for the plugin's own labels, by key ({@code contents}, {@code answerKey}, ...). */
    public Map<String, String> labels() {
        return labels;
    }

    /** Whether the PDF prints a web link's URL after its text. */
    public boolean printLinkUrls() {
        return printLinkUrls;
    }

    /** Whether the PDF is tagged for assistive technology (PDF/UA-1). */
    public boolean pdfUA() {
        return pdfUA;
    }

    /** Whether the PDF conforms to PDF/A-2u, for archiving. */
    public boolean pdfA() {
        return pdfA;
    }

    /** Whether the PDF is laid out for printing on both sides of the paper. */
    public boolean duplex() {
        return duplex;
    }

    /** Whether lesson titles show their "7.2" number in headings, contents and navigation. */
    public boolean numbering() {
        return numbering;
    }

    /** Whether both guides end with the "Exam Tips" appendix, when any lesson has a tip. */
    public boolean examTips() {
        return examTips;
    }

    /** Where the answers to quiz questions go: after each section (the default), at the end, or inline. */
    public QuizAnswers quizAnswers() {
        return quizAnswers;
    }

    /** Whether to write one PDF per section besides the guide, when the PDF is written at all. */
    public boolean handouts() {
        return handouts;
    }

    /** Whether to write the instructor's edition of the PDF besides the guide, when the PDF is written at all. */
    public boolean instructorEdition() {
        return instructorEdition;
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

    /** Whether the PDF honours the author's {@code <!-- pagebreak -->}s ({@code slides}) or ignores them. */
    public PageBreaks pageBreaks() {
        return pageBreaks;
    }

    /** How many of the guide's pages the extra handout PDF prints on one sheet; {@code 1-up} writes none. */
    public HandoutLayout handoutLayout() {
        return handoutLayout;
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

    /** The handout of a section: {@code <finalName>-section-<n>.pdf}. */
    public Path handoutFile(int section) {
        return outputDirectory.resolve(finalName + "-section-" + section + ".pdf");
    }

    /** Whether warnings about the lessons fail the build as errors do. */
    public boolean failOnWarning() {
        return failOnWarning;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Collects the settings of a {@link GuideConfig}; not thread-safe, build it on one thread. */
    public static final class Builder {
        private Path sourceDirectory;
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private Path outputDirectory;
        private String finalName;
        private Set<OutputFormat> formats = Set.of();
        private String title;
        private String author;
        private String language = "en";
        private String version;
        private String identifier;
        private PageSize pageSize = PageSize.A4;
        private Instant outputTimestamp;
        private boolean failOnWarning;
        private int threads;
        private boolean handouts;
        private boolean instructorEdition;
        private PageBreaks pageBreaks = PageBreaks.SLIDES;
        private HandoutLayout handoutLayout = HandoutLayout.ONE_UP;
        private boolean examTips = true;
        private QuizAnswers quizAnswers = QuizAnswers.SECTION_END;
        private boolean numbering = true;
        private boolean printLinkUrls;
        private boolean duplex;
        /** Tagged by default, as the build goal is ({@code pdfUA}). */
        private boolean pdfUA = true;
        private boolean pdfA;
        private Path coverImage;
        private String accessibilitySummary;
        private String accessibilityCertifiedBy;
        private Path projectDirectory;
        private List<String> fonts = List.of();
        private List<String> codeFonts = List.of();
        private Map<String, String> labels = Map.of();

        private Builder() {
        }

        public Builder sourceDirectory(Path sourceDirectory) {
            this.sourceDirectory = sourceDirectory;
            return this;
        }

        public Builder includes(List<String> includes) {
            this.includes = includes == null ? List.of() : includes;
            return this;
        }

        public Builder excludes(List<String> excludes) {
            this.excludes = excludes == null ? List.of() : excludes;
            return this;
        }

        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        public Builder finalName(String finalName) {
            this.finalName = finalName;
            return this;
        }

        public Builder formats(Set<OutputFormat> formats) {
            this.formats = formats == null ? Set.of() : formats;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        public Builder pageSize(PageSize pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder outputTimestamp(Instant outputTimestamp) {
            this.outputTimestamp = outputTimestamp;
            return this;
        }

        public Builder failOnWarning(boolean failOnWarning) {
            this.failOnWarning = failOnWarning;
            return this;
        }

        /** Threads for rendering and writing; 0 or less means one per core. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder coverImage(Path coverImage) {
            this.coverImage = coverImage;
            return this;
        }

        public Builder accessibilitySummary(String accessibilitySummary) {
            this.accessibilitySummary = accessibilitySummary;
            return this;
        }

        public Builder accessibilityCertifiedBy(String accessibilityCertifiedBy) {
            this.accessibilityCertifiedBy = accessibilityCertifiedBy;
            return this;
        }

        public Builder projectDirectory(Path projectDirectory) {
            this.projectDirectory = projectDirectory;
            return this;
        }

        public Builder fonts(List<String> fonts) {
            this.fonts = fonts == null ? List.of() : fonts.stream().filter(f -> f != null && !f.isBlank()).map(String::trim).toList();
            return this;
        }

        public Builder codeFonts(List<String> codeFonts) {
            this.codeFonts = codeFonts == null ? List.of() : codeFonts.stream().filter(f -> f != null && !f.isBlank()).map(String::trim).toList();
            return this;
        }

        public Builder labels(Map<String, String> labels) {
            this.labels = labels == null ? Map.of() : labels;
            return this;
        }

        public Builder pdfUA(boolean pdfUA) {
            this.pdfUA = pdfUA;
            return this;
        }

        public Builder pdfA(boolean pdfA) {
            this.pdfA = pdfA;
            return this;
        }

        public Builder duplex(boolean duplex) {
            this.duplex = duplex;
            return this;
        }

        public Builder printLinkUrls(boolean printLinkUrls) {
            this.printLinkUrls = printLinkUrls;
            return this;
        }

        public Builder numbering(boolean numbering) {
            this.numbering = numbering;
            return this;
        }

        public Builder examTips(boolean examTips) {
            this.examTips = examTips;
            return this;
        }

        public Builder quizAnswers(QuizAnswers quizAnswers) {
            this.quizAnswers = Objects.requireNonNull(quizAnswers, "quizAnswers");
            return this;
        }

        public Builder handouts(boolean handouts) {
            this.handouts = handouts;
            return this;
        }

        public Builder instructorEdition(boolean instructorEdition) {
            this.instructorEdition = instructorEdition;
            return this;
        }

        public Builder pageBreaks(PageBreaks pageBreaks) {
            this.pageBreaks = pageBreaks;
            return this;
        }

        public Builder handoutLayout(HandoutLayout handoutLayout) {
            this.handoutLayout = handoutLayout;
            return this;
        }

        public GuideConfig build() {
            return new GuideConfig(this);
        }
    }
}
