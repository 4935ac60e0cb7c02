package io.github.studyguide.preview;

import io.github.studyguide.BuildResult;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.diagnostics.GuideException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview serves what the build generated, and nothing else, on the loopback interface only. */
class PreviewServerTest {

    private static final String LESSON = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Lesson one</p></body></html>";

    @TempDir
    Path folder;

    private Path out;
    private PreviewServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void serveAGuide() throws Exception {
        out = Files.createDirectories(folder.resolve("out"));
        Files.writeString(folder.resolve("secret.txt"), "not for the browser");
        Files.writeString(out.resolve("guide.pdf"), "%PDF-1.7 pretend");
        writeEpub(out.resolve("guide.epub"), Map.of(
                "OEBPS/nav.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">"
                        + "<body><nav epub:type=\"toc\"><ol><li><a href=\"text/one.xhtml\">One</a></li>"
                        + "<li><a href=\"https://example.org/\">Out</a></li></ol></nav></body></html>",
                "OEBPS/text/one.xhtml", LESSON,
                "OEBPS/css/guide.css", "p { color: black }"));
        server = PreviewServer.start(0, out, "A <Guide> & more");
        server.publish(new BuildResult(Map.of(OutputFormat.PDF, out.resolve("guide.pdf"),
                OutputFormat.EPUB, out.resolve("guide.epub")), new TreeMap<>()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() {
        assertTrue(server.address().startsWith("http://127.0.0.1:"), server.address());
    }

    @Test
    void servesTheContentsEachLessonAsTheEpubHasItAndTheGuides() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<a href=\"/book/OEBPS/text/one.xhtml\" target=\"lesson\">One</a>"), page.body());
        assertTrue(page.body().contains("<iframe name=\"lesson\" title=\"Lesson\" src=\"/book/OEBPS/text/one.xhtml\">"));
        assertTrue(page.body().contains("<a href=\"https://example.org/\" target=\"_blank\">Out</a>"));
        assertTrue(page.body().contains("A &lt;Guide&gt; &amp; more"), "the title is escaped");
        assertTrue(page.body().contains("<a href=\"/guide.pdf\">PDF</a>") && page.body().contains("<a href=\"/guide.epub\">EPUB</a>"));
        assertTrue(page.body().contains("fetch('/_preview/build'"), "the reload script");

        HttpResponse<String> lesson = get("/book/OEBPS/text/one.xhtml");
        assertEquals(200, lesson.statusCode());
        assertEquals(LESSON, lesson.body(), "the lesson as the EPUB holds it, without the reload script");
        assertEquals("application/xhtml+xml; charset=utf-8", lesson.headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/css; charset=utf-8", get("/book/OEBPS/css/guide.css").headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-1.7 pretend", get("/guide.pdf").body());
        assertEquals("1", get("/_preview/build").body());
    }

    @Test
    void everyOtherPathIsNotFound() throws Exception {
        for (String path : new String[] {"/secret.txt", "/book/OEBPS/missing.xhtml", "/book/mimetype",
                "/book/META-INF/container.xml", "/book/OEBPS/../../secret.txt", "/book/OEBPS/text/%2e%2e/nav.xhtml",
                "/%2e%2e/secret.txt", "/book/OEBPS%2ftext%2fone.xhtml", "/book//OEBPS/text/one.xhtml",
                "/book/OEBPS/text/one.xhtml%00", "/..%5csecret.txt", "/.studyguide-cache/guide-lessons.cache"}) {
            assertEquals(404, rawStatus(path), path);
        }
    }

    @Test
    void aGuideReplacedByALinkOutOfTheOutputFolderIsNotFound() throws Exception {
        Files.delete(out.resolve("guide.pdf"));
        Files.createSymbolicLink(out.resolve("guide.pdf"), folder.resolve("secret.txt"));
        assertEquals(404, get("/guide.pdf").statusCode());
    }

    @Test
    void aPortInUseIsReportedWithWhatToDo() {
        GuideException taken = assertThrows(GuideException.class, () -> PreviewServer.start(server.port(), out, "Guide"));
        assertEquals("The preview cannot listen on port " + server.port() + " of 127.0.0.1 (Address already in use);"
                + " set servePort to another one, or to 0 for any free one.", taken.getMessage());
    }

    @Test
    void onlyReads() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(server.address() + "guide.pdf"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void aNewBuildIsServedWhole() throws Exception {
        server.publish(new BuildResult(Map.of(OutputFormat.PDF, out.resolve("guide.pdf")), new TreeMap<>()));
        assertEquals("2", get("/_preview/build").body());
        assertEquals(404, get("/book/OEBPS/text/one.xhtml").statusCode(), "only what the last build generated");
        assertFalse(get("/").body().contains("<iframe"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a request line sent as written: HTTP clients tidy {@code ..} and escapes away before sending. */
    private int rawStatus(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream request = socket.getOutputStream();
            request.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            request.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static void writeEpub(Path epub, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(epub))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
            zip.write("<container/>".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
