package io.github.studyguide.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.studyguide.BuildResult;
import io.github.studyguide.diagnostics.GuideException;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the live preview on the loopback interface only, with the JDK's own HTTP server: the site of the last good
 * build ({@link PreviewSite}), replaced whole after each build. Any path the build did not generate is 404, and so
 * is anything that looks like a way out ({@code ..}, an escaped character, a backslash), before it is even looked
 * up. Only GET and HEAD. Thread-safe: requests are served on two threads of its own while builds publish.
 */
public final class PreviewServer implements Closeable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path outputDirectory;
    private final String title;
    private final AtomicReference<PreviewSite> site;
    private final AtomicInteger builds = new AtomicInteger();

    private PreviewServer(HttpServer server, ExecutorService threads, Path outputDirectory, String title) {
        this.server = server;
        this.threads = threads;
        this.outputDirectory = outputDirectory;
        this.title = title;
        this.site = new AtomicReference<>(PreviewSite.empty(title));
    }

    /**
     * Starts serving on {@code 127.0.0.1:port}.
     *
     * @param port the port, or 0 for any free one ({@link #port()} says which)
     * @param outputDirectory the guides' folder: a guide file is served only while it lies there, not through a link
     * @throws GuideException if the port is taken
     */
    public static PreviewServer start(int port, Path outputDirectory, String title) throws GuideException, IOException {
        if (port < 0 || port > 65535) {
            throw new GuideException("servePort " + port + " is not a port; give one from 1 to 65535, or 0 for any free one.");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (BindException e) {
            throw new GuideException("The preview cannot listen on port " + port + " of "
                    + InetAddress.getLoopbackAddress().getHostAddress() + " (" + e.getMessage() + "); set servePort to"
                    + " another one, or to 0 for any free one.");
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "studyguide-preview-" + count.incrementAndGet());
            thread.setDaemon(true); // never what keeps Maven's JVM alive
            return thread;
        });
        PreviewServer preview = new PreviewServer(server, threads, outputDirectory.toAbsolutePath().normalize(), title);
        server.createContext("/", preview::handle);
        server.setExecutor(threads);
        server.start();
        return preview;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public String address() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
    }

    /** Serves the guides of a good build from now on; the page shown in a browser reloads within a second. */
    public void publish(BuildResult result) throws IOException {
        site.set(PreviewSite.of(builds.incrementAndGet(), title, result));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            PreviewSite current = site.get();
            if (path.equals(PreviewPage.BUILD_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8",
                        Integer.toString(current.build()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<PreviewSite.Resource> resource = suspicious(path) ? Optional.empty() : current.get(path);
            if (resource.isEmpty()) {
                notFound(exchange);
            } else if (resource.get().file() != null) {
                sendFile(exchange, resource.get());
            } else {
                send(exchange, 200, resource.get().type(), resource.get().bytes());
            }
        }
    }

    /** A path with a way out in it: none of the generated paths has one, so it is refused before any look-up. */
    static boolean suspicious(String rawPath) {
        return rawPath == null || !rawPath.startsWith("/") || rawPath.contains("..") || rawPath.contains("%")
                || rawPath.contains("\\") || rawPath.contains("//") || rawPath.indexOf('\0') >= 0;
    }

    /** A guide file, streamed from the output folder: only when it is a plain file there, not a link out of it. */
    private void sendFile(HttpExchange exchange, PreviewSite.Resource resource) throws IOException {
        Path file = resource.file();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().getParent().equals(outputDirectory.toRealPath())) {
            notFound(exchange);
            return;
        }
        headers(exchange, resource.type());
        // The size of the file opened, not of the path: a guide replaced meanwhile is sent whole, old or new.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : channel.size());
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    Channels.newInputStream(channel).transferTo(out);
                }
            }
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain; charset=utf-8",
                "Not found: the preview serves only what the build generated.".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        headers(exchange, type);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
