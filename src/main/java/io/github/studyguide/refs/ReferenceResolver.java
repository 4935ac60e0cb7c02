package io.github.studyguide.refs;

import io.github.studyguide.course.LinkForms;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Resolves what a lesson refers to as Jekyll does: relative to the lesson's folder, or to the lesson folder's root
 * when it starts with {@code /}. The checks and the renderers share it, so that a link the checks accept is the
 * link the guides contain.
 */
public final class ReferenceResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path sourceDirectory;
    private final Path realSourceDirectory;
    private final URI base;
    private final Map<Path, Optional<Path>> realFolders = new ConcurrentHashMap<>();
    private final LinkForms links;

    public ReferenceResolver(Path sourceDirectory) {
        this(sourceDirectory, LinkForms.FILES);
    }

    /** @param links the forms of links the course's own tool accepts besides paths to files */
    public ReferenceResolver(Path sourceDirectory, LinkForms links) {
        this.links = links;
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.realSourceDirectory = realPath(this.sourceDirectory).orElse(this.sourceDirectory);
        this.base = baseOf(sourceDirectory);
    }

    /** The lesson folder's URI, ending in {@code /}, against which the guides' relative references resolve. */
    public static URI baseOf(Path sourceDirectory) {
        String uri = sourceDirectory.toAbsolutePath().normalize().toUri().toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    /**
     * How the guides refer to a file in the lesson folder: by its URI relative to the folder, which the writers
     * resolve against {@link #baseOf}. Never by absolute location, so that the rendered lessons, their cache and
     * the guides' bytes are the same in whatever folder the project lies.
     */
    public String relativeUri(Path local) {
        String relative = base.relativize(local.toAbsolutePath().normalize().toUri()).getRawPath();
        int slash = relative.indexOf('/');
        String first = slash < 0 ? relative : relative.substring(0, slash);
        return first.contains(":") ? "./" + relative : relative; // "a:b.png" would read as the scheme "a"
    }

    /** What a reference turned out to be. */
    public sealed interface Resolution {
    }

    /** A URL with a scheme ({@code https:}, {@code mailto:}) or a protocol-relative one: never fetched. */
    public record Remote() implements Resolution {
    }

    /** A reference within the same document: only a fragment. */
    public record SamePage(String fragment) implements Resolution {
    }

    /** A path outside the lesson folder, which the build never reads. */
    public record Outside() implements Resolution {
    }

    /**
     * A path inside the lesson folder that a symbolic link on the way leads out of it: read as it is, it would be
     * a file the build must not read, and one the up-to-date check would not see change.
     *
     * @param target where the link leads
     */
    public record LinkedOutside(Path target) implements Resolution {
    }

    /** Something that is not a path at all (a bad escape, characters the file system rejects). */
    public record Invalid() implements Resolution {
    }

    /**
     * A file inside the lesson folder, which may or may not exist.
     *
     * @param path the normalized absolute path
     * @param fragment the part after {@code #}, or empty
     */
    public record Local(Path path, String fragment) implements Resolution {
    }

    /** A file standing at the root of the lesson folder, for text that belongs to no file (a section without page). */
    public Path root() {
        return sourceDirectory.resolve("index.md");
    }

    /** Resolves {@code reference} as written in {@code lessonFile}. */
    public Resolution resolve(Path lessonFile, String reference) {
        return resolve(lessonFile, reference, path -> { });
    }

    /**
     * Resolves {@code reference} as written in {@code lessonFile}, telling {@code consulted} each file inside the
     * lesson folder whose existence (or, through a symbolic link, whose place) decided the answer: the lesson cache
     * keeps a rendered lesson only as long as those files stay as they were.
     */
    public Resolution resolve(Path lessonFile, String reference, Consumer<Path> consulted) {
        String target = reference.trim();
        if (target.startsWith("//") || SCHEME.matcher(target).find()) {
            return new Remote();
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return new SamePage(fragment);
        }
        Path resolved;
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            resolved = decoded.startsWith("/")
                    ? sourceDirectory.resolve(decoded.substring(1)).normalize()
                    : lessonFile.toAbsolutePath().normalize().getParent().resolve(decoded).normalize();
            resolved = asTheToolMeans(lessonFile, decoded, resolved, consulted);
        } catch (IllegalArgumentException e) { // a bad %-escape, or a path the file system rejects
            return new Invalid();
        }
        if (!resolved.startsWith(sourceDirectory)) {
            return new Outside();
        }
        // A file that does not exist has no real path and is reported as missing, as a Local.
        Optional<Path> real = realPathOf(resolved);
        return real.isEmpty() || real.get().startsWith(realSourceDirectory)
                ? new Local(resolved, fragment) : new LinkedOutside(real.get());
    }

    /**
     * The file a link means in the course's tool when the file it names does not exist: the first of the tool's
     * alternatives that does, looked for inside the lesson folder only.
     */
    private Path asTheToolMeans(Path lessonFile, String decoded, Path resolved, Consumer<Path> consulted) {
        boolean inside = resolved.startsWith(sourceDirectory);
        if (inside) {
            consulted.accept(resolved);
        }
        if (links == LinkForms.FILES || inside && Files.isRegularFile(resolved)) {
            return resolved;
        }
        for (Path alternative : links.alternatives(lessonFile, decoded, resolved)) {
            Path normalized = alternative.normalize();
            if (normalized.startsWith(sourceDirectory)) {
                consulted.accept(normalized);
                if (Files.isRegularFile(normalized)) {
                    return normalized;
                }
            }
        }
        return resolved;
    }

    /**
     * The real path of a file, from its folder's, which is resolved once per folder: resolving each reference's
     * whole path took 20 µs, and the checks resolve every link and image of the course on every build. Only a file
     * that is itself a link needs its own.
     */
    private Optional<Path> realPathOf(Path file) {
        Path folder = file.getParent();
        Optional<Path> realFolder = realFolders.computeIfAbsent(folder, ReferenceResolver::realPath);
        if (realFolder.isEmpty()) {
            return Optional.empty();
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Optional.empty();
        }
        return attributes.isSymbolicLink() ? realPath(file) : Optional.of(realFolder.get().resolve(file.getFileName()));
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static boolean isMarkdown(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }
}
