package io.github.studyguide.preview;

import io.github.studyguide.OutputFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The preview's one page of its own: the guide's contents beside a frame that shows each lesson as the EPUB has it,
 * links to the PDF and the EPUB, and the script that reloads the page after each rebuild, keeping the lesson in
 * view. The script is here only: the lessons are served as the EPUB holds them, byte for byte.
 */
final class PreviewPage {

    /** The path the page asks for the number of the last good build. */
    static final String BUILD_PATH = "/_preview/build";

    private static final String STYLE = "body{margin:0;display:flex;height:100vh;font-family:sans-serif}"
            + "nav{width:24em;overflow:auto;padding:0 1em;border-right:1px solid #ccc;font-size:90%}"
            + "nav ol{padding-left:1.2em}iframe{flex:1;border:0;height:100%}";

    /** Reloads when the build number changes; the frame's lesson is kept in the page's fragment meanwhile. */
    private static final String RELOAD = """
            (function () {
              var build = %d;
              var frame = document.querySelector('iframe');
              if (frame && location.hash.indexOf('#/book/') === 0) { frame.src = location.hash.substring(1); }
              if (frame) {
                frame.addEventListener('load', function () {
                  try {
                    var shown = frame.contentWindow.location;
                    history.replaceState(null, '', '#' + shown.pathname + shown.hash);
                  } catch (e) { /* not one of ours */ }
                });
              }
              setInterval(function () {
                fetch('%s', {cache: 'no-store'}).then(function (r) { return r.text(); })
                  .then(function (n) { if (Number(n) !== build) { location.reload(); } })
                  .catch(function () { /* the watch has stopped */ });
              }, 1000);
            })();
            """;

    private PreviewPage() {
    }

    /** The page before any build has succeeded. */
    static String waiting(String title) {
        Document page = shell(title);
        page.body().appendElement("p").text("The guide has not been built yet, or its first build failed: see the"
                + " build's log. This page reloads once a build succeeds.");
        return finish(page, 0);
    }

    /**
     * @param downloads the path of each guide file, by format
     * @param navigation the EPUB's navigation document, by its name in the zip; empty without an EPUB
     */
    static String of(String title, int build, Map<OutputFormat, String> downloads,
            Optional<Map.Entry<String, byte[]>> navigation) {
        Document page = shell(title);
        Element nav = page.body().appendElement("nav");
        nav.appendElement("h1").text(title);
        Element links = nav.appendElement("p").text("Build " + build + ":");
        downloads.forEach((format, path) -> links.appendText(" ").appendElement("a").attr("href", path)
                .text(format.extension().toUpperCase(java.util.Locale.ROOT)));
        Optional<String> first = Optional.empty();
        if (navigation.isPresent()) {
            first = contents(nav, navigation.get().getKey(), navigation.get().getValue());
        } else {
            nav.appendElement("p").text("Lessons are previewed from the EPUB; add epub to formats to see them here.");
        }
        first.ifPresent(src -> page.body().appendElement("iframe").attr("name", "lesson").attr("title", "Lesson")
                .attr("src", src));
        return finish(page, build);
    }

    /**
     * Copies the navigation document's table of contents into {@code nav}, its links pointing into the book.
     *
     * @return the first lesson's path, for the frame
     */
    private static Optional<String> contents(Element nav, String navName, byte[] navBytes) {
        Document navigation = Jsoup.parse(new String(navBytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        Element toc = navigation.selectFirst("nav[epub:type=toc] > ol");
        if (toc == null) {
            return Optional.empty();
        }
        URI base = URI.create("http://preview" + PreviewSite.BOOK + navName);
        Optional<String> first = Optional.empty();
        Element copy = nav.appendElement("ol");
        copy.html(toc.html());
        for (Element link : copy.select("a[href]")) {
            URI target = base.resolve(link.attr("href"));
            if (!"preview".equals(target.getHost())) {
                link.attr("target", "_blank"); // a link out of the guide
                continue;
            }
            String path = target.getRawPath() + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
            link.attr("href", path).attr("target", "lesson");
            if (first.isEmpty()) {
                first = Optional.of(path);
            }
        }
        return first;
    }

    private static Document shell(String title) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text(title + " (preview)");
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        return page;
    }

    private static String finish(Document page, int build) {
        page.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(RELOAD.formatted(build, BUILD_PATH)));
        return "<!DOCTYPE html>\n" + page.outerHtml();
    }
}
