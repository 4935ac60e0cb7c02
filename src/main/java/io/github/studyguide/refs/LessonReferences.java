package io.github.studyguide.refs;

import io.github.studyguide.refs.ImageFiles;
import io.github.studyguide.refs.ImageVerdicts;
import io.github.studyguide.refs.ReferenceResolver;
import io.github.studyguide.refs.ReferenceResolver.Local;
import io.github.studyguide.refs.ReferenceResolver.Remote;
import io.github.studyguide.refs.ReferenceResolver.Resolution;
import io.github.studyguide.refs.ReferenceResolver.SamePage;
import io.github.studyguide.xhtml.XhtmlNormalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a lesson links to into what the guide can hold. A link to another lesson's Markdown file becomes a link
 * to that lesson's anchor ({@code #s7-l2}, or {@code #s7-l2_heading} with a fragment), which the PDF resolves within
 * the document and the EPUB writer points at the right content document. A local image becomes a URI relative to the
 * lesson folder, for the writers to resolve and embed. Anything the guide cannot hold (a link to a file that is not a
 * lesson, a missing or remote image, an image {@link ImageFiles} rejects) is reduced to its text; the checks have
 * already warned about it.
 */
public final class LessonReferences {

    /** The image formats both PDF and EPUB 2 readers display without a fallback (SVG is a core EPUB 2 type). */
    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg");

    private final ReferenceResolver resolver;
    private final ImageVerdicts images;
    private final Map<Path, String> anchors;
    private final Path file;
    private final ConsultedFiles consulted;

    /** References whose files nobody needs to know of: a section's opening page, which is never kept. */
    public LessonReferences(ReferenceResolver resolver, ImageVerdicts images, Map<Path, String> anchors, Path file) {
        this(resolver, images, anchors, file, ConsultedFiles.NONE);
    }

    /**
     * @param resolver resolves references the way the checks do
     * @param images what the checks found of each image, or will
     * @param anchors the anchor id of every lesson and section page, by normalized absolute path
     * @param file the lesson the references are written in
     * @param consulted told each file of the lesson folder whose existence or content decided what the guides
     *     show for a reference
     */
    public LessonReferences(ReferenceResolver resolver, ImageVerdicts images, Map<Path, String> anchors, Path file,
            ConsultedFiles consulted) {
        this.resolver = resolver;
        this.images = images;
        this.anchors = anchors;
        this.file = file;
        this.consulted = consulted;
    }

    /** The href to write for {@code href}, or empty to keep only the link's text. */
    public Optional<String> link(String href) {
        Resolution resolution = resolver.resolve(file, href, consulted::existence);
        if (resolution instanceof Remote || resolution instanceof SamePage) {
            return Optional.of(href);
        }
        if (resolution instanceof Local local && anchors.containsKey(local.path())) {
            String anchor = anchors.get(local.path());
            return Optional.of(local.fragment().isEmpty() ? "#" + anchor : "#" + anchor + "_" + XhtmlNormalizer.sanitizeId(local.fragment()));
        }
        return Optional.empty();
    }

    /**
     * The URI, relative to the lesson folder, of a local image the guides can show, or empty to show its alt text
     * instead.
     */
    public Optional<String> image(String src) {
        if (shown(src) instanceof Local local && Files.isRegularFile(local.path())
                && IMAGE_TYPES.contains(extension(local.path()))
                && images.problem(local.path()).isEmpty()) {
            return Optional.of(resolver.relativeUri(local.path()));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code src} is a local image that exists but that the guides cannot show as it is (one {@link ImageFiles}
     * rejects, such as an SVG that Batik cannot draw): the author meant a picture here, so the guides mark its place.
     */
    public boolean isRejected(String src) {
        return shown(src) instanceof Local local && Files.isRegularFile(local.path())
                && IMAGE_TYPES.contains(extension(local.path())) && images.problem(local.path()).isPresent();
    }

    /** Resolves an image's source; the file it names decides by its content, once it is an image. */
    private Resolution shown(String src) {
        Resolution resolution = resolver.resolve(file, src, consulted::existence);
        if (resolution instanceof Local local) {
            consulted.content(local.path());
        }
        return resolution;
    }

    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
