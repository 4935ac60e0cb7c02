package io.github.studyguide.epub;

import io.github.studyguide.GuideInfo;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * The EPUB 3 package document (OPF): the book's metadata, including its accessibility metadata, the manifest of
 * every file and the spine, the reading order. Dates come from the guide's date, so that the same guide gives the
 * same bytes.
 */
final class PackageDocument {

    static final String HREF = "content.opf";
    private static final String IDENTIFIER_ID = "book-id";

    /**
     * A file of the book.
     *
     * @param id its manifest id
     * @param href where it lies, relative to the package document
     * @param mediaType its media type
     * @param properties the manifest properties ({@code nav}, {@code cover-image}, {@code svg}, {@code mathml}),
     *     space-separated; empty when none applies
     */
    record Item(String id, String href, String mediaType, String properties) {
    }

    private PackageDocument() {
    }

    /**
     * @param info what the metadata says about the guide
     * @param accessibility what the guide's content is, for the accessibility metadata
     * @param certifiedBy who certified that the guide conforms to {@link AccessibilityMetadata#CONFORMANCE}, when
     *     the user claims it
     * @param manifest every file but the package document, in a stable order
     * @param spine the ids of the content documents in reading order
     * @param coverImageId the manifest id of the cover image, if any, for EPUB 2 reading systems
     */
    static String of(GuideInfo info, AccessibilityMetadata accessibility, Optional<String> certifiedBy,
            List<Item> manifest, List<String> spine, Optional<String> coverImageId) {
        StringBuilder opf = new StringBuilder(1024 + 160 * manifest.size());
        opf.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"")
                .append(IDENTIFIER_ID).append("\" xml:lang=\"").append(escape(info.language())).append("\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"").append(IDENTIFIER_ID).append("\">").append(escape(info.identifier()))
                .append("</dc:identifier>\n<dc:title>").append(escape(info.title())).append("</dc:title>\n");
        info.author().ifPresent(author -> opf.append("<dc:creator>").append(escape(author)).append("</dc:creator>\n"));
        opf.append("<dc:language>").append(escape(info.language())).append("</dc:language>\n")
                .append("<dc:date>").append(DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(info.date()))
                .append("</dc:date>\n")
                // EPUB 3 wants whole seconds in UTC: CCYY-MM-DDThh:mm:ssZ.
                .append(meta("dcterms:modified", DateTimeFormatter.ISO_INSTANT.format(info.date().truncatedTo(ChronoUnit.SECONDS))));
        accessibility.accessModes().forEach(mode -> opf.append(meta("schema:accessMode", mode)));
        accessibility.accessModesSufficient().forEach(modes -> opf.append(meta("schema:accessModeSufficient", modes)));
        accessibility.features().forEach(feature -> opf.append(meta("schema:accessibilityFeature", feature)));
        opf.append(meta("schema:accessibilityHazard", "none"))
                .append(meta("schema:accessibilitySummary", accessibility.summaryText()));
        certifiedBy.ifPresent(certifier -> opf.append(meta("dcterms:conformsTo", AccessibilityMetadata.CONFORMANCE))
                .append(meta("a11y:certifiedBy", certifier)));
        coverImageId.ifPresent(id -> opf.append("<meta name=\"cover\" content=\"").append(id).append("\"/>\n"));
        opf.append("</metadata>\n<manifest>\n");
        for (Item item : manifest) {
            opf.append("<item id=\"").append(item.id()).append("\" href=\"").append(escape(item.href()))
                    .append("\" media-type=\"").append(item.mediaType()).append('"');
            if (!item.properties().isEmpty()) {
                opf.append(" properties=\"").append(item.properties()).append('"');
            }
            opf.append("/>\n");
        }
        opf.append("</manifest>\n<spine toc=\"").append(NcxDocument.ID).append("\">\n");
        spine.forEach(id -> opf.append("<itemref idref=\"").append(id).append("\"/>\n"));
        return opf.append("</spine>\n</package>\n").toString();
    }

    private static String meta(String property, String value) {
        return "<meta property=\"" + property + "\">" + escape(value) + "</meta>\n";
    }
}
