package io.github.studyguide.epub;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.github.studyguide.GuideInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a book as an EPUB 3 package, with epub4j's {@link Book} as the model of its files, reading order and
 * contents: epub4j's own writer makes EPUB 2 only. Besides the book's files it writes the container, the package
 * document, the navigation document (also the contents page, after the title page) and the EPUB 2 NCX.
 */
final class EpubPackage {

    private static final String FOLDER = "OEBPS/";
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTAINER = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n<rootfiles>\n"
            + "<rootfile full-path=\"" + FOLDER + PackageDocument.HREF
            + "\" media-type=\"application/oebps-package+xml\"/>\n</rootfiles>\n</container>\n")
            .getBytes(StandardCharsets.UTF_8);

    private EpubPackage() {
    }

    /**
     * @param book the files, reading order and table of contents; its spine's first document after
     *     {@code navAfter} is where the contents page goes
     * @param info the guide's metadata
     * @param accessibility what the content is, for the accessibility metadata
     * @param certifiedBy who certified conformance, when the user claims it
     * @param contentsTitle the contents page's title
     * @param stylesheetHref the style sheet, relative to the package document
     * @param navAfter the document the contents page follows in reading order
     * @param landmarks the navigation document's landmarks, the contents page excluded (it is added here)
     */
    static byte[] write(Book book, GuideInfo info, AccessibilityMetadata accessibility, Optional<String> certifiedBy,
            String contentsTitle, String stylesheetHref, Resource navAfter, List<Landmark> landmarks)
            throws IOException {
        List<Landmark> allLandmarks = new ArrayList<>();
        for (Landmark landmark : landmarks) {
            allLandmarks.add(landmark);
            if (landmark.href().equals(navAfter.getHref())) {
                allLandmarks.add(new Landmark("toc", contentsTitle, NavDocument.HREF + "#" + NavDocument.ID));
            }
        }
        List<TOCReference> toc = book.getTableOfContents().getTocReferences();
        byte[] nav = NavDocument.of(info.language(), contentsTitle, info.labels().landmarks(), stylesheetHref, toc, allLandmarks)
                .getBytes(StandardCharsets.UTF_8);
        byte[] ncx = NcxDocument.of(info.identifier(), info.language(), info.title(), toc)
                .getBytes(StandardCharsets.UTF_8);

        Map<String, byte[]> entries = new HashMap<>();
        entries.put("META-INF/container.xml", CONTAINER);
        entries.put(FOLDER + NavDocument.HREF, nav);
        entries.put(FOLDER + NcxDocument.HREF, ncx);
        List<PackageDocument.Item> manifest = new ArrayList<>();
        manifest.add(new PackageDocument.Item(NcxDocument.ID, NcxDocument.HREF, "application/x-dtbncx+xml", ""));
        manifest.add(new PackageDocument.Item("nav", NavDocument.HREF, "application/xhtml+xml", "nav"));
        Map<String, String> ids = new HashMap<>();
        Map<String, String> hrefsById = new HashMap<>();
        Resource coverImage = book.getCoverImage();
        List<Resource> resources = new ArrayList<>(book.getResources().getAll());
        resources.sort(Comparator.comparing(Resource::getHref));
        for (Resource resource : resources) {
            String id = id(resource.getHref());
            if (hrefsById.putIfAbsent(id, resource.getHref()) != null) {
                throw new IllegalStateException("Two files would have the manifest id " + id);
            }
            ids.put(resource.getHref(), id);
            byte[] data = resource.getData();
            entries.put(FOLDER + resource.getHref(), data);
            manifest.add(new PackageDocument.Item(id, resource.getHref(), resource.getMediaType().getName(),
                    properties(resource, data, coverImage)));
        }

        List<String> spine = new ArrayList<>();
        for (SpineReference reference : book.getSpine().getSpineReferences()) {
            spine.add(ids.get(reference.getResource().getHref()));
            if (reference.getResource() == navAfter) {
                spine.add("nav");
            }
        }
        Optional<String> coverImageId = Optional.ofNullable(coverImage).map(image -> ids.get(image.getHref()));
        entries.put(FOLDER + PackageDocument.HREF, PackageDocument.of(info, accessibility, certifiedBy, manifest,
                spine, coverImageId).getBytes(StandardCharsets.UTF_8));
        return ReproducibleZip.write(MIMETYPE, entries, info.date());
    }

    /**
     * A manifest id from the file's place: {@code text/s2-l4.xhtml} gives {@code text-s2-l4.xhtml}, an XML name
     * unique among the files we write, stable across builds.
     */
    static String id(String href) {
        return href.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** The manifest properties EPUB 3 requires of a file that is the cover or holds SVG or MathML markup. */
    private static String properties(Resource resource, byte[] data, Resource coverImage) {
        if (resource == coverImage) {
            return "cover-image";
        }
        if (!"application/xhtml+xml".equals(resource.getMediaType().getName())) {
            return "";
        }
        String text = new String(data, StandardCharsets.UTF_8);
        List<String> properties = new ArrayList<>();
        if (text.contains("<svg")) {
            properties.add("svg");
        }
        if (text.contains("<math")) {
            properties.add("mathml");
        }
        return String.join(" ", properties);
    }
}
