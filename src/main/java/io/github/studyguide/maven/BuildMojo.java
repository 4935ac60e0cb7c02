package io.github.studyguide.maven;

import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideException;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.PageSize;
import io.github.studyguide.StudyGuide;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the study guide: reads the Markdown lessons under {@link #sourceDirectory}, orders them by section and
 * lesson number, and writes a PDF and an EPUB to {@link #outputDirectory}, attached to the project so that
 * {@code install} and {@code deploy} publish them.
 *
 * <p>This class only turns parameters into a {@link GuideConfig}; the work is done by {@link StudyGuide}.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** The classifier of the attached guides: {@code <artifactId>-<version>-study-guide.pdf}. */
    static final String CLASSIFIER = "study-guide";

    /**
     * The folder that holds the lessons. Nothing outside it is read.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.sourceDirectory", defaultValue = "${project.basedir}/src/main/lessons", required = true)
    private File sourceDirectory;

    /**
     * Ant-style patterns, relative to {@link #sourceDirectory}, of the files to read: {@code *} matches within a
     * folder, {@code **} across folders. Several folders of one Jekyll site can be combined, for example
     * {@code _posts/**}{@code /*.md} and {@code _hands_on/**}{@code /*.md} with the site root as source directory.
     * Markdown files without front matter are skipped with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.includes", defaultValue = "**/*.md,**/*.markdown")
    private List<String> includes;

    /**
     * Ant-style patterns, relative to {@link #sourceDirectory}, of files to leave out even when included.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.excludes")
    private List<String> excludes;

    /**
     * The folder the guides are written to; the build writes nowhere else.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.outputDirectory", defaultValue = "${project.build.directory}/studyguide", required = true)
    private File outputDirectory;

    /**
     * The file name of the guides, without extension: {@code <finalName>.pdf} and {@code <finalName>.epub}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.finalName", defaultValue = "${project.build.finalName}", required = true)
    private String finalName;

    /**
     * The formats to write, comma-separated: {@code pdf}, {@code epub} or both.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.formats", defaultValue = "pdf,epub")
    private List<String> formats;

    /**
     * The guide's title, on the title page and in the metadata of both formats.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.title", defaultValue = "${project.name}")
    private String title;

    /**
     * The author named on the title page and in the metadata. Left out when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.author")
    private String author;

    /**
     * The language of the lessons as a BCP 47 tag ({@code en}, {@code de}, {@code pt-BR}); e-readers and screen
     * readers use it to choose hyphenation and voice.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.language", defaultValue = "en")
    private String language;

    /**
     * The PDF's paper size: {@code A4} or {@code Letter}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.pageSize", defaultValue = "A4")
    private String pageSize;

    /**
     * Attaches each guide to the project with classifier {@code study-guide} and type {@code pdf} or {@code epub},
     * so that {@code mvn install} and {@code mvn deploy} publish it with the project's other artifacts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.attach", defaultValue = "true")
    private boolean attach;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The timestamp of a reproducible build, as ISO 8601 or seconds since the epoch. When set, it is the date on
     * the title page and in the metadata of both formats, and the same lessons give byte-identical guides.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the study guide (studyguide.skip=true)");
            return;
        }
        GuideConfig config = configuration();
        Map<OutputFormat, Path> guides;
        try {
            guides = new StudyGuide(config, new MavenBuildLog(getLog())).build();
        } catch (GuideException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not build the study guide: " + e, e);
        }
        if (attach) {
            guides.forEach((format, file) ->
                    projectHelper.attachArtifact(project, format.extension(), CLASSIFIER, file.toFile()));
        }
    }

    private GuideConfig configuration() throws MojoFailureException {
        try {
            return GuideConfig.builder()
                    .sourceDirectory(sourceDirectory.toPath())
                    .includes(includes)
                    .excludes(excludes)
                    .outputDirectory(outputDirectory.toPath())
                    .finalName(finalName)
                    .formats(parseFormats(formats))
                    .title(title == null || title.isBlank() ? project.getArtifactId() : title)
                    .author(author)
                    .language(language)
                    .version(project.getVersion())
                    .identifier(identifier(project))
                    .pageSize(PageSize.parse(pageSize))
                    .outputTimestamp(OutputTimestamp.parse(outputTimestamp).orElse(null))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private static Set<OutputFormat> parseFormats(List<String> names) {
        Set<OutputFormat> parsed = EnumSet.noneOf(OutputFormat.class);
        if (names != null) {
            names.stream().flatMap(name -> List.of(name.split(",")).stream())
                    .filter(name -> !name.isBlank())
                    .map(OutputFormat::parse)
                    .forEach(parsed::add);
        }
        return parsed;
    }

    /** The same project always gets the same identifier, so e-readers see a new release as the same book. */
    private static String identifier(MavenProject project) {
        String name = "studyguide:" + project.getGroupId() + ":" + project.getArtifactId();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
