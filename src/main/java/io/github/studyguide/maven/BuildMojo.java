package io.github.studyguide.maven;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideConfigBuilder;
import io.github.studyguide.HandoutLayout;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.PageBreaks;
import io.github.studyguide.PageSize;
import io.github.studyguide.QuizAnswers;
import io.github.studyguide.diagnostics.GuideException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the study guide: reads the Markdown lessons, orders them by section and lesson number, checks them, and
 * writes a PDF and an EPUB to the {@code outputDirectory}, attached to the project so that {@code install} and
 * {@code deploy} publish them.
 *
 * @since 0.1.0
 */
// This class only turns parameters into a GuideConfig; the work is done by StudyGuide, which knows nothing of Maven.
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractStudyGuideMojo {

    /** The classifier of the attached guides: {@code <artifactId>-<version>-study-guide.pdf}. */
    static final String CLASSIFIER = "study-guide";

    /** The classifier of the instructor's edition: {@code <artifactId>-<version>-study-guide-instructor.pdf}. */
    static final String INSTRUCTOR_CLASSIFIER = CLASSIFIER + "-instructor";

    /** The classifier of the flashcards: {@code <artifactId>-<version>-flashcards.txt}. */
    static final String FLASHCARDS_CLASSIFIER = "flashcards";

    /** Followed by the section number: {@code <artifactId>-<version>-handout-section-7.pdf}. */
    static final String HANDOUT_CLASSIFIER = "handout-section-";

    /**
     * The guide's title, on the title page and in the metadata of both formats. When not set: the project's name;
     * without one, the title the course's layout gives (The Carpentries' {@code config.yaml} {@code title},
     * mdBook's {@code book.toml} {@code title}, MkDocs' {@code site_name}); without one, the artifactId, or without
     * a pom the folder's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.title")
    private String title;

    /**
     * The author named on the title page and in the metadata. Left out when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.author")
    private String author;

    /**
     * The language of the lessons as a BCP 47 tag ({@code en}, {@code de}, {@code pt-BR}): the guides' own words
     * are in it, and e-readers and screen readers use it to choose hyphenation and voice. When not set: the
     * language the course's layout names (The Carpentries' {@code config.yaml} {@code lang}, mdBook's
     * {@code book.toml} {@code language}, MkDocs' {@code theme: language}); without one, {@code en}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.language")
    private String language;

    /**
     * The guides' own words, replacing those of {@code language}'s translation: for example
     * {@code <labels><answerKey>Solutions</answerKey></labels>}. The keys are {@code contents}, {@code version},
     * {@code section}, {@code answerKey}, {@code examTips}, {@code question}, {@code handsOn}, {@code quiz}; the
     * call-out titles {@code note}, {@code tip}, {@code important}, {@code warning}, {@code caution};
     * {@code noneMarked}, {@code image}, {@code imageNotShown}; the EPUB's landmarks {@code cover},
     * {@code titlePage}, {@code start}, {@code landmarks}; the link descriptions {@code goToPage}, {@code goTo}; The
     * Carpentries' section {@code learnerResources}; and the study aids' words {@code exercise}, {@code solution},
     * {@code hint}, {@code keyPoints}, {@code objectives}, {@code questions}, {@code instructorNote},
     * {@code instructorEdition}. {@code {0}} in {@code section}, {@code question} and {@code exercise} stands for
     * the number. An unknown key is a warning.
     *
     * @since 0.2.0
     */
    @Parameter
    private Map<String, String> labels;

    /**
     * The PDF's paper size: {@code A4} or {@code Letter}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.pageSize", defaultValue = "A4")
    private String pageSize;

    /**
     * A PNG, JPEG or GIF image for the cover: the PDF's first page, before the title page, and the EPUB's cover.
     * At most 50 megapixels: the PDF renderer decodes it whole in memory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.coverImage")
    private File coverImage;

    /**
     * Prints the URL of each web link after its text in the PDF, for readers of printed copies; links stay
     * clickable. A link whose text is its URL is not printed twice.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.printLinkUrls", defaultValue = "false")
    private boolean printLinkUrls;

    /**
     * Lays the PDF out for printing on both sides of the paper, as a book: the inner margin (by the binding) is wider
     * than the outer one and they mirror from page to page, and the title page, the contents, each section and each
     * appendix start on a right-hand page, after a blank page when needed. Handouts too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.duplex", defaultValue = "false")
    private boolean duplex;

    /**
     * Writes a tagged PDF that conforms to PDF/UA-1, for readers who use a screen reader: a structure tree in
     * reading order, the document's language and title, alt text for images (from the Markdown alt text), and
     * headers, page numbers and the blank backs of pages marked as artifacts. Can be combined with {@link #pdfA}.
     * Handouts too. On by default since 0.2.0, as tagging now costs little; {@code false} writes an untagged PDF.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.pdfUA", defaultValue = "true")
    private boolean pdfUA;

    /**
     * Writes a PDF that conforms to PDF/A-2u, for archiving: every font embedded, an sRGB output intent, XMP
     * metadata, and text that maps to Unicode. Can be combined with {@link #pdfUA}. Handouts too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.pdfA", defaultValue = "false")
    private boolean pdfA;

    /**
     * The EPUB's accessibility summary ({@code schema:accessibilitySummary}): a sentence or two, in the guide's
     * language, on how accessible the guide is. When empty, the EPUB says in English what it has: its table of
     * contents, headings and reading order, that its text can be restyled, and whether every image has alt text.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.accessibilitySummary")
    private String accessibilitySummary;

    /**
     * Who checked that the guide meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA, a person or an organisation.
     * Only when this is set does the EPUB claim that conformance ({@code dcterms:conformsTo}) and name the
     * checker ({@code a11y:certifiedBy}); the plugin never claims it on its own, since no tool can check all of
     * WCAG.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.accessibilityCertifiedBy")
    private String accessibilityCertifiedBy;

    /**
     * Shows each lesson's number, "7.2", before its title in headings, the contents and the navigation. Hands-on
     * guides that share a lesson number keep it and say what they are.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.numbering", defaultValue = "true")
    private boolean numbering;

    /**
     * Ends both guides with an "Exam Tips" appendix that collects every exam tip (a list item opening with a bold
     * "Exam Tip", or a section under an "Exam Tips" heading), grouped by section and lesson in reading order, each
     * group linking back to its lesson: a cram sheet. Left out when no lesson has a tip.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.examTips", defaultValue = "true")
    private boolean examTips;

    /**
     * Where the answers to quizzes go. A quiz is a lesson whose headings are questions ("Question 1: ...") each
     * followed by a list of options, whose sub-items open with "Correct:" or "Incorrect:" and an explanation (or a
     * lesson with {@code quiz: true} in its front matter). The questions always print with lettered options and
     * without their answers, unless this is {@code inline}:
     * <ul>
     *   <li>{@code section-end}: an "Answer Key" after the last lesson of each section that has a quiz;</li>
     *   <li>{@code book-end}: one "Answer Key" appendix at the end of the guide;</li>
     *   <li>{@code inline}: the answers stay under each option, as written.</li>
     * </ul>
     * Each answer gives the correct letter, links back to its question, and keeps the author's explanations.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.quizAnswers", defaultValue = "section-end")
    private String quizAnswers;

    /**
     * Also writes one PDF per section, {@code <finalName>-section-<n>.pdf}, to print as handouts: the section's
     * title page (with the guide's title), its lessons, pages numbered from 1. Attached with classifier
     * {@code handout-section-<n>} when {@link #attach} is on. Needs the {@code pdf} format.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.handouts", defaultValue = "false")
    private boolean handouts;

    /**
     * Also writes the instructor's edition, {@code <finalName>-instructor.pdf}: the guide with every instructor note
     * (a fenced div of class {@code instructor} or {@code instructor-note}) in a marked box, and every exercise's
     * solution and every quiz answer inline, where it belongs, whatever {@link #quizAnswers} says. The student's
     * guide never holds instructor notes. Attached with classifier {@code study-guide-instructor} when
     * {@link #attach} is on. Needs the {@code pdf} format.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.instructorEdition", defaultValue = "false")
    private boolean instructorEdition;

    /**
     * Whether the PDF starts a new page at each {@code <!-- pagebreak -->}:
     * <ul>
     *   <li>{@code slides}: every page break is honoured, as written;</li>
     *   <li>{@code compact}: they are ignored, to save paper. Lessons, sections and appendices still start on a new
     *   page, headings stay with what follows them, and code blocks and quiz questions are not split.</li>
     * </ul>
     * The EPUB, which e-readers paginate themselves, is the same either way. Handouts follow this setting.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.pageBreaks", defaultValue = "slides")
    private String pageBreaks;

    /**
     * Also prints the finished PDF's pages several to a sheet of the same {@link #pageSize}, for handouts:
     * {@code 2-up} writes {@code <finalName>-2up.pdf}, two pages side by side on a landscape sheet; {@code 4-up}
     * writes {@code <finalName>-4up.pdf}, four pages two by two on a portrait sheet; {@code 1-up} writes nothing
     * more. Each page keeps its text, links and bookmarks, in a thin frame, and each sheet has its number. The file
     * is for printing: it is not tagged, even with {@link #pdfUA}; with {@link #pdfA} it conforms to PDF/A-2u.
     * Attached with classifier {@code study-guide-2up} or {@code study-guide-4up} when {@link #attach} is on.
     * Needs the {@code pdf} format.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.handoutLayout", defaultValue = "1-up")
    private String handoutLayout;

    /**
     * Attaches each guide to the project with classifier {@code study-guide} and type {@code pdf} or {@code epub},
     * so that {@code mvn install} and {@code mvn deploy} publish it with the project's other artifacts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.attach", defaultValue = "true")
    private boolean attach;

    /**
     * The timestamp of a reproducible build, as ISO 8601 or seconds since the epoch. When set, it is the date on
     * the title page and in the metadata of both formats, and the same lessons give byte-identical guides.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    GuideConfigBuilder configure(GuideConfigBuilder config, Path sourceDirectory) throws MojoExecutionException {
        return config.title(title == null || title.isBlank() ? defaultTitle(sourceDirectory) : title)
                .author(author)
                .language(language == null || language.isBlank() ? defaultLanguage(sourceDirectory) : language)
                .labels(labels)
                .pageSize(PageSize.parse(pageSize))
                .handouts(handouts)
                .instructorEdition(instructorEdition)
                .pageBreaks(PageBreaks.parse(pageBreaks))
                .handoutLayout(HandoutLayout.parse(handoutLayout))
                .examTips(examTips)
                .quizAnswers(QuizAnswers.parse(quizAnswers))
                .numbering(numbering)
                .printLinkUrls(printLinkUrls)
                .duplex(duplex)
                .pdfUA(pdfUA)
                .pdfA(pdfA)
                .accessibilitySummary(accessibilitySummary)
                .accessibilityCertifiedBy(accessibilityCertifiedBy)
                .coverImage(coverImage == null ? null : coverImage.toPath())
                .outputTimestamp(OutputTimestamp.parse(outputTimestamp).orElse(null));
    }

    @Override
    void run(GuideRun run) throws GuideException, IOException {
        long start = System.nanoTime();
        BuildResult result = run.build();
        if (run.fork().isEmpty()) {
            CompilerHint.forBuild((System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().availableProcessors(),
                    CompilerHint.tieredStopAtLevel()).ifPresent(getLog()::info);
        }
        if (attach && !withoutPom()) {
            result.guides().forEach((format, file) -> projectHelper.attachArtifact(project(), format.extension(),
                    format == OutputFormat.FLASHCARDS ? FLASHCARDS_CLASSIFIER : CLASSIFIER, file.toFile()));
            result.handouts().forEach((section, file) -> projectHelper.attachArtifact(project(),
                    OutputFormat.PDF.extension(), HANDOUT_CLASSIFIER + section, file.toFile()));
            if (result.guides().containsKey(OutputFormat.PDF)) {
                run.config().instructorEditionFile().ifPresent(edition -> projectHelper.attachArtifact(project(),
                        OutputFormat.PDF.extension(), INSTRUCTOR_CLASSIFIER, edition.toFile()));
                run.config().handoutSheetsFile().ifPresent(sheets -> projectHelper.attachArtifact(project(),
                        OutputFormat.PDF.extension(), CLASSIFIER + "-" + run.config().handoutLayout().pagesPerSheet()
                                + "up", sheets.toFile()));
            }
        }
    }
}
