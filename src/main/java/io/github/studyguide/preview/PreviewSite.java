package io.github.studyguide.preview;

import io.github.studyguide.BuildResult;
import io.github.studyguide.OutputFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Everything the preview serves after one build, by the path it is served at: the preview page, the EPUB's
 * documents, style sheet and images under {@code /book/}, and the PDF and EPUB themselves. Nothing else exists for
 * the preview: a path is looked up, never resolved against a folder, so no request can reach another file.
 * Immutable, and so safe to serve from several threads while the next build makes the next one.
 */
final class PreviewSite {

    /** Where the EPUB's entries are served, by their names in the zip. */
    static final String BOOK = "/book/";

    /** A resource: its bytes, or the guide file it streams from, and its media type. */
    record Resource(byte[] bytes, Path file, String type) {
    }

    private final int build;
    private final Map<String, Resource> resources;

    private PreviewSite(int build, Map<String, Resource> resources) {
        this.build = build;
        this.resources = Map.copyOf(resources);
    }

    /** Before the first good build: a page that says so, and reloads once there is one. */
    static PreviewSite empty(String title) {
        return new PreviewSite(0, Map.of("/", page(PreviewPage.waiting(title))));
    }

    /**
     * The site of build number {@code build}.
     *
     * @param title the guide's title, for the page
     * @param result the guides the build wrote
     */
    static PreviewSite of(int build, String title, BuildResult result) throws IOException {
        Map<String, Resource> resources = new TreeMap<>();
        Optional<Map<String, byte[]>> book = Optional.empty();
        Map<OutputFormat, String> downloads = new TreeMap<>();
        for (Map.Entry<OutputFormat, Path> guide : result.guides().entrySet()) {
            String name = "/" + guide.getValue().getFileName();
            resources.put(name, new Resource(null, guide.getValue(),
                    guide.getKey() == OutputFormat.PDF ? "application/pdf" : "application/epub+zip"));
            downloads.put(guide.getKey(), name);
            if (guide.getKey() == OutputFormat.EPUB) {
                book = Optional.of(entries(guide.getValue()));
            }
        }
        book.ifPresent(entries -> entries.forEach((name, bytes) -> resources.put(BOOK + name,
                new Resource(bytes, null, MediaTypes.of(name)))));
        resources.put("/", page(PreviewPage.of(title, build, downloads, book.map(PreviewSite::navigation))));
        return new PreviewSite(build, resources);
    }

    int build() {
        return build;
    }

    Optional<Resource> get(String path) {
        return Optional.ofNullable(resources.get(path));
    }

    private static Resource page(String html) {
        return new Resource(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "text/html; charset=utf-8");
    }

    /** The EPUB's navigation document and its name in the zip, where its links are relative to. */
    private static Map.Entry<String, byte[]> navigation(Map<String, byte[]> entries) {
        return entries.entrySet().stream().filter(entry -> entry.getKey().endsWith("/nav.xhtml")
                || entry.getKey().equals("nav.xhtml")).findFirst().orElse(Map.entry("nav.xhtml", new byte[0]));
    }

    /** The EPUB's entries but its zip bookkeeping, read whole: a guide's text and images are a few megabytes. */
    private static Map<String, byte[]> entries(Path epub) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream file = Files.newInputStream(epub); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && !entry.getName().equals("mimetype")
                        && !entry.getName().startsWith("META-INF/")) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return entries;
    }
}
