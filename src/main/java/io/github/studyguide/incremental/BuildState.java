package io.github.studyguide.incremental;

import io.github.studyguide.internal.ContentHash;
import io.github.studyguide.internal.FolderFiles;
import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.output.AtomicOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers what the last successful build read and wrote, so that a build with nothing changed can skip all work.
 *
 * <p>The fingerprint covers every file in the lesson folder (path and content hash, so images count too; a
 * symbolic link by where it leads), the whole configuration and the plugin itself ({@link #pluginIdentity()}: its
 * version, its jar's content, and the versions of the libraries that render and of the shipped fonts). The state
 * file also lists a hash of each guide written, so a guide that was deleted or edited since is rebuilt. Content
 * hashes rather than timestamps: a checkout or a copy changes timestamps, not content.
 */
public final class BuildState {

    private static final String FORMAT = "studyguide-build-state 2";

    private final Path stateFile;
    private final String fingerprint;

    private BuildState(Path stateFile, String fingerprint) {
        this.stateFile = stateFile;
        this.fingerprint = fingerprint;
    }

    /**
     * Computes the fingerprint of a build about to run.
     *
     * @param stateFile where the state of the last build is kept, inside the output folder
     * @param sourceDirectory the lesson folder, hashed whole except for the output folder, should it lie inside
     * @param settings every setting that affects the output, in a fixed order
     */
    public static BuildState of(Path stateFile, Path sourceDirectory, List<String> settings) throws IOException {
        Path outputDirectory = stateFile.toAbsolutePath().normalize().getParent();
        ContentHash digest = new ContentHash().add(FORMAT);
        String plugin = pluginIdentity();
        digest.add(plugin);
        settings.forEach(digest::add);
        if (Files.isDirectory(sourceDirectory)) {
            // In FolderFiles' order, by relative names with '/' separators, not by Path, whose order differs between
            // Windows and Unix: the fingerprint is part of the guides' id, which must not depend on the machine.
            // Walked from its real path, as the scanner walks it: a lesson folder that is a link is read through.
            // A link counts by where it leads (see linkHash), never by its text, which may name an absolute path.
            Path root = sourceDirectory.toRealPath();
            Path output = Files.exists(outputDirectory) ? outputDirectory.toRealPath() : outputDirectory;
            for (Map.Entry<String, FolderFiles.Entry> entry : FolderFiles.under(root, output).entrySet()) {
                String relative = entry.getKey();
                Path file = entry.getValue().path();
                String hash = entry.getValue().link() ? linkHash(root, file) : contentHash(file);
                digest.add(relative).add(hash);
            }
        }
        return new BuildState(stateFile, digest.hex());
    }

    /**
     * A link by where it leads: to a file or folder of the lesson folder (named relative to it, a file with its
     * content, which may lie in a skipped output folder), out of the folder, or nowhere. What lies outside is never
     * read (the scanner and the reference checks leave it out), but whether a link leads out changes what the guides
     * show, so it is part of the fingerprint, which keys the caches; the link's text is not, so that the same course
     * gives the same bytes wherever it lies.
     */
    private static String linkHash(Path root, Path link) throws IOException {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return "link to nothing";
        }
        if (!target.startsWith(root)) {
            return "link out of the folder";
        }
        String name = "link to " + root.relativize(target).toString().replace('\\', '/');
        return Files.isRegularFile(target) ? name + " " + contentHash(target) : name;
    }

    /** The fingerprint of everything the guides depend on. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Whether the last successful build had the same fingerprint and every guide it wrote (among them
     * {@code required}) is still there, unchanged.
     */
    public boolean isUpToDate(List<Path> required) throws IOException {
        Optional<Properties> saved = load();
        if (saved.isEmpty() || !fingerprint.equals(saved.get().getProperty("fingerprint"))) {
            return false;
        }
        for (Path output : required) {
            if (saved.get().getProperty("output." + output.getFileName()) == null) {
                return false;
            }
        }
        for (Path output : recordedOutputs(saved.get())) {
            String expected = saved.get().getProperty("output." + output.getFileName());
            if (!Files.isRegularFile(output) || !expected.equals(contentHash(output))) {
                return false;
            }
        }
        return true;
    }

    /** The guides the last successful build wrote, as recorded; empty when there is no state. */
    public List<Path> recordedOutputs() throws IOException {
        return load().map(this::recordedOutputs).orElse(List.of());
    }

    private List<Path> recordedOutputs(Properties saved) {
        return saved.stringPropertyNames().stream().filter(key -> key.startsWith("output.")).sorted()
                .map(key -> stateFile.resolveSibling(key.substring("output.".length()))).toList();
    }

    private Optional<Properties> load() throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        Properties saved = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            saved.load(in);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a damaged state file only means a rebuild
        }
        return Optional.of(saved);
    }

    /** Forgets the last build before new guides are written, so that a failed build is never taken as current. */
    public void invalidate() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /**
     * Records a successful build that wrote {@code outputs}. Written by {@link Properties#store}, which escapes what
     * a guide's name may hold (spaces, {@code =}, {@code :}, letters outside Latin-1); its date comment is left out
     * and the lines are sorted, so that the same build writes the same file.
     */
    public void save(List<Path> outputs) throws IOException {
        Properties state = new Properties();
        state.setProperty("fingerprint", fingerprint);
        for (Path output : outputs) {
            state.setProperty("output." + output.getFileName(), contentHash(output));
        }
        // To a stream, not a writer: only then does store write letters outside Latin-1 as backslash-u escapes.
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        state.store(stored, null);
        StringBuilder text = new StringBuilder("# ").append(FORMAT).append('\n');
        stored.toString(StandardCharsets.ISO_8859_1).lines().filter(line -> !line.startsWith("#")).sorted()
                .forEach(line -> text.append(line).append('\n'));
        AtomicOutput.write(stateFile, out -> out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }

    /**
     * Classes of the libraries whose code decides the guides' bytes, and a file of the shipped fonts: their jars'
     * names carry their versions, so that a library replaced under the plugin (a newer PDFBox in the project's
     * {@code <plugin><dependencies>}) counts as a change, as the plugin's own version does.
     */
    private static final List<Class<?>> RENDERING_LIBRARIES = List.of(com.openhtmltopdf.layout.LayoutContext.class,
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder.class, com.openhtmltopdf.svgsupport.BatikSVGDrawer.class,
            org.apache.pdfbox.pdmodel.PDDocument.class, org.apache.fontbox.ttf.TrueTypeFont.class,
            org.apache.batik.bridge.BridgeContext.class, com.vladsch.flexmark.parser.Parser.class,
            org.jsoup.Jsoup.class, io.documentnode.epub4j.domain.Book.class,
            org.fife.ui.rsyntaxtextarea.TokenMakerFactory.class, org.scilab.forge.jlatexmath.TeXFormula.class,
            org.apache.batik.ext.awt.g2d.AbstractGraphics2D.class);

    /**
     * The plugin's version, when it runs from a jar that jar's hash (a rebuilt snapshot counts as a change), and the
     * jars of the libraries that render the guides and of the shipped fonts.
     */
    public static String pluginIdentity() throws IOException {
        List<String> identity = new ArrayList<>();
        try (InputStream in = BuildState.class.getResourceAsStream(
                "/META-INF/maven/io.github.studyguide/studyguide-maven-plugin/pom.properties")) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                identity.add(pom.getProperty("version", ""));
            }
        }
        CodeSource source = BuildState.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                Path code = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(code)) {
                    identity.add(contentHash(code));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                identity.add(source.getLocation().toString());
            }
        }
        for (Class<?> library : RENDERING_LIBRARIES) {
            CodeSource code = library.getProtectionDomain().getCodeSource();
            identity.add(code == null || code.getLocation() == null ? library.getName() : fileName(code.getLocation()));
        }
        URL font = BuildState.class.getResource(FontCoverage.FONT_FOLDER + "DejaVuSans.ttf");
        identity.add(font == null ? "no shipped fonts" : fileName(font));
        return String.join(" ", identity);
    }

    /** The last name of a class path entry: a jar's name, of a resource in a jar the jar's. */
    private static String fileName(URL location) {
        String path = location.getPath();
        int inJar = path.indexOf("!/");
        String entry = inJar < 0 ? path : path.substring(0, inJar);
        String trimmed = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The {@link ContentHash} of a file's content, in hex. */
    public static String contentHash(Path file) throws IOException {
        return ContentHash.of(file);
    }

}
