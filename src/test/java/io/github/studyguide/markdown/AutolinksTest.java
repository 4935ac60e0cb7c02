package io.github.studyguide.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Autolinks} must link exactly what flexmark's autolink extension links, only faster. */
class AutolinksTest {

    private static final List<String> TRICKY = List.of(
            "See https://example.org/path?q=1 for more.",
            "Mail ops@example.org or visit www.example.org today.",
            "Escaped https\\://example.org and an entity: https&#58;//example.org and &#119;ww.example.org",
            "An e-mail behind an entity: ops&#64;example.org",
            "A scheme only: ftp:// and a time 10:30, nothing more",
            "**Bold https://example.org/a** and _www.example.com_ and `https://in.code`",
            "[a link](https://example.org) then https://bare.example.org.",
            "<https://angle.example.org> and <ops@example.org>",
            "| Service | URL |\n|---|---|\n| S3 | https://s3.amazonaws.com |\n| Mail | a@b.co |",
            "WWW.EXAMPLE.ORG and Www.example.org and wwwexample.org and www.",
            "Plain text with no link at all, repeated, repeated.",
            "arn:aws:s3:::my-bucket/key and user@host:22",
            "**Exam Tip**: colons: many: https:\\/\\/escaped.example.org",
            "An entity for the slash: http:&#47;/entity.example.org",
            "A colon at the end: \nhttps://next-line.example.org");

    private static String html(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void linksWhatTheExtensionLinks() {
        for (String markdown : TRICKY) {
            assertEquals(html(AutolinkExtension.create(), markdown), html(Autolinks.create(), markdown), markdown);
        }
        assertTrue(html(Autolinks.create(), TRICKY.get(1)).contains("<a href=\"mailto:ops@example.org\">"),
                "the corpus does exercise links");
    }

    @Test
    void linksWhatTheExtensionLinksInRandomText() {
        String[] pieces = {"https://", "http://x.org", "www.", "www", "ww", "w.", "@", "a@b.io", ":", "://", "&#58;",
                "&amp;", "&#64;", "&#47;", "\\:", "\\@", "\\/", ":\\/", "example", ".org", "/path", " ", " ", "\n",
                "*", "_", "`", "[", "](", ")", "<", ">", "ftp", "mailto:", "x", "-", "..."};
        Random random = new Random(20261127);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = markdown.toString();
            if (!html(AutolinkExtension.create(), text).equals(html(Autolinks.create(), text))) {
                differing.add(text);
            }
        }
        assertEquals(List.of(), differing);
    }
}
