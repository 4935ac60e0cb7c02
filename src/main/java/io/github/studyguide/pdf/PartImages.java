package io.github.studyguide.pdf;

import io.github.studyguide.internal.ContentHash;
import io.github.studyguide.refs.ReferenceResolver;
import io.github.studyguide.xhtml.XmlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the lesson folder a PDF part shows, by content: with its XHTML, what decides its bytes. The renderer
 * reads nothing else from the folder ({@code PartRenderer} lets it read only raster images and SVG drawings, and
 * Batik draws an SVG without fetching what it refers to), so that editing one image lays out again only the parts
 * that show it, where the whole folder's fingerprint laid out every part again. A file shown is named by its path
 * in the folder and its content, never by the folder's own path, so the same course gives the same keys anywhere.
 * Thread-safe; one instance serves one build, and reads each file once.
 */
final class PartImages {

    /** Where a document can name a file the renderer reads: an attribute, or a style's {@code url(...)}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\s(?:src|data|xlink:href)\\s*=\\s*\"([^\"]*)\"|url\\(\\s*['\"]?([^'\")]+)", Pattern.CASE_INSENSITIVE);

    private final Path sourceDirectory;
    private final URI base;
    private final Map<Path, String> hashes = new ConcurrentHashMap<>();

    PartImages(Path sourceDirectory) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.base = ReferenceResolver.baseOf(sourceDirectory);
    }

    /** "path hash" lines of each file of the lesson folder that {@code html} refers to, sorted; "" for none. */
    String of(String html) throws IOException {
        TreeSet<String> shown = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(html);
        try {
            while (reference.find()) {
                String value = reference.group(1) != null ? reference.group(1) : reference.group(2);
                local(XmlText.unescape(value.trim())).ifPresent(file -> shown.add(
                        sourceDirectory.relativize(file).toString().replace('\\', '/') + " " + hash(file)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return String.join("\n", shown);
    }

    /** The file of the lesson folder a reference names, as the renderer resolves it; empty for any other. */
    private Optional<Path> local(String reference) {
        try {
            URI resolved = base.resolve(reference);
            if (!"file".equals(resolved.getScheme())) {
                return Optional.empty();
            }
            Path path = Path.of(resolved).toAbsolutePath().normalize();
            return path.startsWith(sourceDirectory) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no file the renderer could read
        }
    }

    private String hash(Path file) {
        return hashes.computeIfAbsent(file, path -> {
            try {
                return Files.isRegularFile(path) ? ContentHash.of(path) : "none";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
