package io.github.studyguide.epub;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.github.studyguide.internal.Digests;
import io.github.studyguide.math.FormulaImages;
import io.github.studyguide.xhtml.XmlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adapts rendered fragments to an EPUB, where every lesson is its own content document: a link to an anchor in
 * another lesson ({@code #s7-l2_setup}) must name that lesson's document, and an image (a URI relative to the
 * lesson folder: the only images the rendered lessons keep) must become a resource of the book. A link to an id
 * that no document has points to the start of the lesson instead, since EPUBCheck rejects dangling fragments.
 */
final class ContentLinks {

    /** A link element's in-guide target; as for images, never text that looks like one. */
    private static final Pattern HREF = Pattern.compile("(<a\\b[^>]*?\\shref=\")#([^\"]+)\"");
    /**
     * An image element's source. Only elements: in text, jsoup escapes {@code <} but not {@code "}, so a lesson that
     * shows {@code <img src="x.png">} as code must not be taken for an image.
     */
    private static final Pattern IMG_SRC = Pattern.compile("(<img\\b[^>]*?\\ssrc=\")([^\"]+)\"");

    private final Map<String, Set<String>> idsByAnchor = new HashMap<>();
    /** The document of each id whose prefix names no document: an exercise's solution in an answer key. */
    private final Map<String, String> documentOf = new HashMap<>();
    private final Map<String, String> imageHrefs = new HashMap<>();
    private final Book book;
    private final URI lessonFolder;

    /**
     * @param book the book images are added to
     * @param lessonFolder the lesson folder's URI, ending in {@code /}, against which images resolve
     */
    ContentLinks(Book book, URI lessonFolder) {
        this.book = book;
        this.lessonFolder = lessonFolder;
    }

    /** Registers a content document: its anchor names its file, {@code text/<anchor>.xhtml}. */
    void register(String anchor, String xhtml) {
        Set<String> ids = XmlText.ids(xhtml);
        idsByAnchor.put(anchor, ids);
        ids.forEach(id -> documentOf.putIfAbsent(id, anchor));
    }

    static String fileOf(String anchor) {
        return anchor + ".xhtml";
    }

    /** Rewrites the fragment of the document {@code anchor} for the book. */
    String adapt(String anchor, String xhtml) {
        // Matched only where an element starts: a regex scan of every character was half of writing the EPUB.
        String linked = XmlText.replaceAll(xhtml, "<a", HREF, match ->
                match.group(1) + link(anchor, match.group(2)) + "\"");
        return XmlText.replaceAll(linked, "<img", IMG_SRC, match ->
                match.group(1) + "../" + image(match.group(2)) + "\"");
    }

    /** The href, without quotes, of a link to {@code id} from the document {@code current}. */
    private String link(String current, String id) {
        int underscore = id.indexOf('_');
        String named = underscore < 0 ? id : id.substring(0, underscore);
        String owner = idsByAnchor.containsKey(named) ? named : documentOf.getOrDefault(id, named);
        Set<String> ids = idsByAnchor.get(owner);
        if (owner.equals(current) || ids == null) {
            return "#" + id;
        }
        return fileOf(owner) + (ids.contains(id) ? "#" + id : "");
    }

    /** Adds the image to the book once, named by its content so that equal images are stored once. */
    private String image(String uri) {
        return imageHrefs.computeIfAbsent(uri, key -> {
            if (FormulaImages.isDrawing(key)) {
                return resource(Base64.getDecoder().decode(key.substring(FormulaImages.DATA_URI_PREFIX.length())), "svg");
            }
            try {
                URI resolved = lessonFolder.resolve(XmlText.unescape(key));
                if (!"file".equals(resolved.getScheme()) || !resolved.getPath().startsWith(lessonFolder.getPath())) {
                    // The renderer writes only images inside the lesson folder; anything else is not read.
                    throw new IllegalStateException("Not an image of the lesson folder: " + key);
                }
                Path file = Path.of(resolved);
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if ("svg".equals(extension)) {
                    bytes = DanglingSvgReferences.removeFrom(SvgIds.renameInvalid(EditorMarkup.removeFrom(bytes)));
                }
                return resource(bytes, "jpeg".equals(extension) ? "jpg" : extension);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the image " + key, e);
            }
        });
    }

    /** Adds an image to the book once, named by its content; a formula's drawing becomes an SVG image like any. */
    private String resource(byte[] bytes, String extension) {
        String href = "images/" + HexFormat.of().formatHex(Digests.sha256().digest(bytes), 0, 8) + "." + extension;
        if (book.getResources().getByHref(href) == null) {
            book.addResource(new Resource(bytes, href));
        }
        return href;
    }
}
