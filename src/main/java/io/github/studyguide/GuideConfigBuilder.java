package io.github.studyguide;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the settings of a {@link GuideConfig}, starting from the defaults the build goal has; not thread-safe,
 * build it on one thread. A {@code null} list, set or map means empty; empty includes and formats mean the
 * defaults ({@link GuideConfig#DEFAULT_INCLUDES}, PDF and EPUB), a blank optional text means none, {@code threads}
 * of 0 or less one per core, and no {@code projectDirectory} the lesson folder's parent.
 */
public final class GuideConfigBuilder {
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

    GuideConfigBuilder() {
    }

    public GuideConfig build() {
        return new GuideConfig(sourceDirectory, includes, excludes, outputDirectory, finalName, formats, title,
                Optional.ofNullable(author), language, Optional.ofNullable(version), identifier, pageSize,
                Optional.ofNullable(outputTimestamp), failOnWarning, threads, handouts, instructorEdition,
                pageBreaks, handoutLayout, examTips, quizAnswers, numbering, printLinkUrls, duplex, pdfUA, pdfA,
                Optional.ofNullable(coverImage), Optional.ofNullable(accessibilitySummary),
                Optional.ofNullable(accessibilityCertifiedBy), projectDirectory, fonts, codeFonts, labels);
    }

    public GuideConfigBuilder sourceDirectory(Path sourceDirectory) {
        this.sourceDirectory = sourceDirectory;
        return this;
    }

    public GuideConfigBuilder includes(List<String> includes) {
        this.includes = includes == null ? List.of() : includes;
        return this;
    }

    public GuideConfigBuilder excludes(List<String> excludes) {
        this.excludes = excludes == null ? List.of() : excludes;
        return this;
    }

    public GuideConfigBuilder outputDirectory(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
        return this;
    }

    public GuideConfigBuilder finalName(String finalName) {
        this.finalName = finalName;
        return this;
    }

    public GuideConfigBuilder formats(Set<OutputFormat> formats) {
        this.formats = formats == null ? Set.of() : formats;
        return this;
    }

    public GuideConfigBuilder title(String title) {
        this.title = title;
        return this;
    }

    public GuideConfigBuilder author(String author) {
        this.author = author;
        return this;
    }

    public GuideConfigBuilder language(String language) {
        this.language = language;
        return this;
    }

    public GuideConfigBuilder version(String version) {
        this.version = version;
        return this;
    }

    public GuideConfigBuilder identifier(String identifier) {
        this.identifier = identifier;
        return this;
    }

    public GuideConfigBuilder pageSize(PageSize pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    public GuideConfigBuilder outputTimestamp(Instant outputTimestamp) {
        this.outputTimestamp = outputTimestamp;
        return this;
    }

    public GuideConfigBuilder failOnWarning(boolean failOnWarning) {
        this.failOnWarning = failOnWarning;
        return this;
    }

    /** Threads for rendering and writing; 0 or less means one per core. */
    public GuideConfigBuilder threads(int threads) {
        this.threads = threads;
        return this;
    }

    public GuideConfigBuilder coverImage(Path coverImage) {
        this.coverImage = coverImage;
        return this;
    }

    public GuideConfigBuilder accessibilitySummary(String accessibilitySummary) {
        this.accessibilitySummary = accessibilitySummary;
        return this;
    }

    public GuideConfigBuilder accessibilityCertifiedBy(String accessibilityCertifiedBy) {
        this.accessibilityCertifiedBy = accessibilityCertifiedBy;
        return this;
    }

    public GuideConfigBuilder projectDirectory(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
        return this;
    }

    public GuideConfigBuilder fonts(List<String> fonts) {
        this.fonts = fonts == null ? List.of() : fonts;
        return this;
    }

    public GuideConfigBuilder codeFonts(List<String> codeFonts) {
        this.codeFonts = codeFonts == null ? List.of() : codeFonts;
        return this;
    }

    public GuideConfigBuilder labels(Map<String, String> labels) {
        this.labels = labels == null ? Map.of() : labels;
        return this;
    }

    public GuideConfigBuilder pdfUA(boolean pdfUA) {
        this.pdfUA = pdfUA;
        return this;
    }

    public GuideConfigBuilder pdfA(boolean pdfA) {
        this.pdfA = pdfA;
        return this;
    }

    public GuideConfigBuilder duplex(boolean duplex) {
        this.duplex = duplex;
        return this;
    }

    public GuideConfigBuilder printLinkUrls(boolean printLinkUrls) {
        this.printLinkUrls = printLinkUrls;
        return this;
    }

    public GuideConfigBuilder numbering(boolean numbering) {
        this.numbering = numbering;
        return this;
    }

    public GuideConfigBuilder examTips(boolean examTips) {
        this.examTips = examTips;
        return this;
    }

    public GuideConfigBuilder quizAnswers(QuizAnswers quizAnswers) {
        this.quizAnswers = Objects.requireNonNull(quizAnswers, "quizAnswers");
        return this;
    }

    public GuideConfigBuilder handouts(boolean handouts) {
        this.handouts = handouts;
        return this;
    }

    public GuideConfigBuilder instructorEdition(boolean instructorEdition) {
        this.instructorEdition = instructorEdition;
        return this;
    }

    public GuideConfigBuilder pageBreaks(PageBreaks pageBreaks) {
        this.pageBreaks = pageBreaks;
        return this;
    }

    public GuideConfigBuilder handoutLayout(HandoutLayout handoutLayout) {
        this.handoutLayout = handoutLayout;
        return this;
    }
}
