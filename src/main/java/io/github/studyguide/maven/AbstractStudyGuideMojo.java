package io.github.studyguide.maven;

import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideException;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.StudyGuide;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The parameters every goal shares: where the lessons are, where the guides and their caches go, and how strict to
 * be. Subclasses only add what differs and say what to do with the {@link StudyGuide}.
 */
abstract class AbstractStudyGuideMojo extends AbstractMojo {

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
     * The folder the guides are written to; the build writes nowhere else. The {@code check} goal writes nothing,
     * but reads back what the last build kept here about lessons unchanged since, so it needs the same folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.outputDirectory", defaultValue = "${project.build.directory}/studyguide", required = true)
    private File outputDirectory;

    /**
     * The file name of the guides, without extension: {@code <finalName>.pdf} and {@code <finalName>.epub}. A plain
     * name: it may not contain folders. The build's cache files start with it too, so the {@code check} goal needs
     * the same name to find them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.finalName", defaultValue = "${project.build.finalName}", required = true)
    private String finalName;

    /**
     * The formats to write, comma-separated: {@code pdf}, {@code epub} or both. The {@code check} goal reads it too:
     * it warns about characters the PDF's fonts cannot draw only when a PDF is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.formats", defaultValue = "pdf,epub")
    private List<String> formats;

    /**
     * Fails the build when the lessons have warnings (a broken link, a missing image, a misspelled directive, ...),
     * not only when they have errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * How many threads read and render lessons and write the guides; {@code 0} means one per core. Use {@code 1} to
     * keep a build to one core, for example beside {@code mvn -T}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.threads", defaultValue = "0")
    private int threads;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the study guide (studyguide.skip=true)");
            return;
        }
        GuideConfig config;
        try {
            config = configure(GuideConfig.builder()
                    .sourceDirectory(sourceDirectory.toPath())
                    .outputDirectory(outputDirectory.toPath())
                    .finalName(finalName)
                    .formats(parseFormats(formats))
                    .includes(includes)
                    .excludes(excludes)
                    .failOnWarning(failOnWarning)
                    .threads(threads)
                    .version(project.getVersion())
                    .identifier(identifier(project))).build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        try {
            run(new StudyGuide(config, new MavenBuildLog(getLog())));
        } catch (GuideException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not build the study guide: " + e, e);
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

    /** Adds the goal's own settings to the shared ones. */
    abstract GuideConfig.Builder configure(GuideConfig.Builder config);

    /** Does the goal's work. */
    abstract void run(StudyGuide guide) throws GuideException, IOException;

    MavenProject project() {
        return project;
    }

    /** The project's name, or its artifactId when the pom has no name. */
    String defaultTitle() {
        return project.getName() == null || project.getName().isBlank() ? project.getArtifactId() : project.getName();
    }

    /** The same project always gets the same identifier, so e-readers see a new release as the same book. */
    private static String identifier(MavenProject project) {
        String name = "studyguide:" + project.getGroupId() + ":" + project.getArtifactId();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
