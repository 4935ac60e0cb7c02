package io.github.studyguide.maven;

import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideConfigBuilder;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.fork.ForkedGuide;
import io.github.studyguide.layout.CourseLayouts;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The parameters every goal shares: where the lessons are, where the guides and their caches go, and how strict to
 * be. Subclasses only add what differs and say what to do with the {@code StudyGuide}.
 */
abstract class AbstractStudyGuideMojo extends AbstractMojo {

    /**
     * The folder that holds the lessons. Nothing outside it is read. Run without a pom
     * ({@code mvn io.github.studyguide:studyguide-maven-plugin:<version>:build} in any folder), the default is the
     * current folder.
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
     * The formats to write, comma-separated: {@code pdf}, {@code epub}, {@code flashcards}, or several.
     * {@code flashcards} writes {@code <finalName>-flashcards.txt}, a deck for Anki's text import (one card per quiz
     * question, solved exercise, exam tip and key point), attached with classifier {@code flashcards} and type
     * {@code txt}. The {@code check} goal reads it too: it warns about characters the PDF's fonts cannot draw only
     * when a PDF is written.
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
     * Runs the goal in a JVM of its own, started with the JVM's quick compiler only ({@code -XX:TieredStopAtLevel=1})
     * and Maven's maximum heap. On a machine with few cores, the optimising compiler spends more CPU compiling the
     * renderer's code than a large clean build spends running it, and only a JVM's command line can turn it off. A
     * line {@code -XX:TieredStopAtLevel=1} in the project's {@code .mvn/jvm.config} does the same without a second
     * JVM and is faster still, so that is what README recommends; when Maven's JVM already runs so, the goal runs
     * in it whatever this says. Off by default: at the sizes most courses have it saves too little of the rebuilds
     * authors run most (docs/performance.md, "fork").
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.fork", defaultValue = "false")
    private boolean fork;

    /**
     * Options for the JVM of its own ({@code fork}), after the plugin's, so that they win: for example
     * {@code -Xmx1g} to give the build another maximum heap than Maven's, which it gets by default. On the command
     * line, separate them with commas.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.forkJvmArgs")
    private List<String> forkJvmArgs;

    /**
     * Fonts for the PDF's text, besides the DejaVu Sans the plugin ships, so that it can draw Chinese, Japanese,
     * Korean, Devanagari and any other script DejaVu lacks. Each entry is a TrueType font ({@code .ttf}, or an
     * {@code .otf} with TrueType outlines) or a collection ({@code .ttc}): a file of the project, relative to its
     * folder, or {@code classpath:path/in/the/jar.ttf} for a font in a jar added to the plugin's
     * {@code <dependencies>}. For each character, DejaVu Sans is tried first, then these fonts in the order given;
     * the first that has the character draws it (DejaVu stays first, so that Latin text keeps its bold and italic). Each font is embedded once, as a subset of the glyphs the guide uses.
     * On the command line, separate entries with commas.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.fonts")
    private List<String> fonts;

    /**
     * Fonts for code, in the same form as {@link #fonts}: for each character of code, DejaVu Sans Mono is tried
     * first, then these fonts in the order given, then DejaVu Sans, then {@code fonts}. Give monospaced fonts, so
     * that code keeps its columns.
     *
     * @since 0.2.0
     */
    @Parameter(property = "studyguide.codeFonts")
    private List<String> codeFonts;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "studyguide.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the study guide (studyguide.skip=true)");
            return;
        }
        GuideConfig config;
        NoPom noPom = NoPom.of(project, Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize(),
                sourceDirectory.toPath(), outputDirectory.toPath(), finalName);
        getLog().debug("Lessons in " + noPom.sourceDirectory() + ", guides to " + noPom.outputDirectory());
        try {
            config = configure(GuideConfig.builder()
                    .sourceDirectory(noPom.sourceDirectory())
                    .outputDirectory(noPom.outputDirectory())
                    .finalName(noPom.finalName())
                    .formats(parseFormats(formats))
                    .includes(includes)
                    .excludes(excludes)
                    .failOnWarning(failOnWarning)
                    .threads(threads)
                    .projectDirectory(project.getBasedir() == null ? null : project.getBasedir().toPath())
                    .fonts(commaSeparated(fonts))
                    .codeFonts(commaSeparated(codeFonts))
                    .version(noPom.active() ? null : project.getVersion())
                    .identifier(noPom.active() ? noPom.identifier() : identifier(project)), noPom.sourceDirectory()).build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        BuildLog log = new MavenBuildLog(getLog());
        try {
            run(new GuideRun(config, log, forked(config, log)));
        } catch (GuideException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not build the study guide: " + e, e);
        }
    }

    /** The entries of a list parameter, each of which may hold several separated by commas (the command line's form). */
    private static List<String> commaSeparated(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null)
                .flatMap(value -> List.of(value.split(",")).stream()).map(String::trim)
                .filter(value -> !value.isEmpty()).toList();
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

    /** Adds the goal's own settings to the shared ones; the source folder is set already. */
    abstract GuideConfigBuilder configure(GuideConfigBuilder config, Path sourceDirectory)
            throws MojoExecutionException;

    /** Does the goal's work. */
    abstract void run(GuideRun run) throws GuideException, IOException;

    /** The JVM of its own the goal runs in, or empty when it runs in Maven's. */
    private Optional<ForkedGuide> forked(GuideConfig config, BuildLog log) {
        if (!fork) {
            return Optional.empty();
        }
        Optional<String> stopAtLevel = CompilerHint.tieredStopAtLevel();
        if (stopAtLevel.isEmpty()) {
            log.debug("Building in Maven's JVM: it is not HotSpot, so a JVM of its own would gain nothing");
            return Optional.empty();
        }
        if (!stopAtLevel.get().equals("4")) {
            // 1 to 3 stop at the quick compiler, as the forked JVM would; 0 interprets only, by the user's choice.
            log.debug("Building in Maven's JVM, which already runs without the optimising compiler");
            return Optional.empty();
        }
        return pluginClasspath(log).map(classpath -> new ForkedGuide(config, log, classpath,
                getLog().isDebugEnabled(), forkJvmArgs == null ? List.of() : forkJvmArgs));
    }

    /**
     * The plugin's jar and libraries, as Maven resolved them for this plugin, and SLF4J, which Maven provides to
     * the plugin rather than resolving it (the renderer logs through it; in a forked JVM, to nowhere). Empty, with
     * the reason in the debug log, when an artifact has no file.
     */
    private Optional<List<Path>> pluginClasspath(BuildLog log) {
        Set<Path> classpath = new LinkedHashSet<>();
        List<Artifact> artifacts = new ArrayList<>(plugin.getArtifacts());
        artifacts.add(0, plugin.getPluginArtifact());
        for (Artifact artifact : artifacts) {
            if (artifact.getFile() == null) {
                log.debug("Building in Maven's JVM: Maven gave the plugin's " + artifact + " no file");
                return Optional.empty();
            }
            classpath.add(artifact.getFile().toPath().toAbsolutePath());
        }
        CodeSource slf4j = LoggerFactory.class.getProtectionDomain().getCodeSource();
        if (slf4j == null || slf4j.getLocation() == null) {
            log.debug("Building in Maven's JVM: Maven does not say where its SLF4J comes from");
            return Optional.empty();
        }
        try {
            classpath.add(Path.of(slf4j.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            log.debug("Building in Maven's JVM: SLF4J comes from " + slf4j.getLocation() + ", not a file");
            return Optional.empty();
        }
        return Optional.of(List.copyOf(classpath));
    }

    MavenProject project() {
        return project;
    }

    /** Whether the goal runs outside a Maven project, on Maven's stand-in for a pom. */
    boolean withoutPom() {
        return project.getFile() == null;
    }

    /**
     * The title when the configuration names none: the pom's name, else the title the course's layout gives
     * ({@code config.yaml}, {@code book.toml}, {@code mkdocs.yml}), else the artifactId, or without a pom the
     * folder's name.
     */
    String defaultTitle(Path sourceDirectory) throws MojoExecutionException {
        String name = project.getModel().getName();
        if (!withoutPom() && name != null && !name.isBlank()) {
            return name;
        }
        try {
            return CourseLayouts.title(sourceDirectory).orElseGet(() -> withoutPom()
                    ? NoPom.folderName(sourceDirectory) : project.getArtifactId());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the course's layout in " + sourceDirectory + ": " + e, e);
        }
    }

    /** The language the course's layout names, else English. */
    String defaultLanguage(Path sourceDirectory) throws MojoExecutionException {
        try {
            return CourseLayouts.language(sourceDirectory).orElse("en");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the course's layout in " + sourceDirectory + ": " + e, e);
        }
    }

    /** The same project always gets the same identifier, so e-readers see a new release as the same book. */
    private static String identifier(MavenProject project) {
        String name = "studyguide:" + project.getGroupId() + ":" + project.getArtifactId();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
