package io.github.studyguide.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With {@link SharedHtmlBlocks}, every document must parse as it does with flexmark's own HTML block parser. */
class SharedHtmlBlocksTest {

    /** Lines that start each of CommonMark's seven kinds of HTML block, and lines that may end or interrupt one. */
    private static final String[] LINES = {"<!-- pagebreak -->", "<!-- open", "still open -->", "<script>", "</script>",
            "<pre>", "</pre>", "<?php x ?>", "<!DOCTYPE html>", "<![CDATA[ x ]]>", "<div>", "</div>",
            "<DIV class=\"a\">", "<table>", "<custom-tag>", "<span>", "</span>", "<a href=\"x\">", "<p>", "", "",
            "text", "**bold** text", "- item", "1. first", "> quote", "    indented", "```", "# Heading", "---",
            "| a | b |", "|---|---|", "- [ ] task", "[^1]: note", "  <div>", "\t<div>", "<!-- x --> trailing"};

    private static Parser parser(boolean shared) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), TaskListExtension.create(),
                FootnoteExtension.create()));
        if (shared) {
            extensions.add(SharedHtmlBlocks.create());
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        return Parser.builder(options).build();
    }

    private static String randomLesson(Random random) {
        StringBuilder markdown = new StringBuilder();
        for (int line = random.nextInt(25); line >= 0; line--) {
            markdown.append(LINES[random.nextInt(LINES.length)]).append('\n');
        }
        return markdown.toString();
    }

    @Test
    void parsesRandomLessonsAsFlexmarkDoes() {
        Parser flexmark = parser(false);
        Parser shared = parser(true);
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        Random random = new Random(27);
        int htmlBlocks = 0;
        for (int i = 0; i < 3_000; i++) {
            String markdown = randomLesson(random);
            String expected = renderer.render(flexmark.parse(markdown));
            assertEquals(expected, renderer.render(shared.parse(markdown)), markdown);
            htmlBlocks += expected.contains("<!-- pagebreak -->\n") || expected.contains("<div>\n") ? 1 : 0;
        }
        assertTrue(htmlBlocks > 500, "the corpus does exercise HTML blocks: " + htmlBlocks);
    }

    @Test
    void sharesOneFactoryBetweenThreads() throws Exception {
        Parser shared = parser(true);
        Parser flexmark = parser(false);
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        List<String> lessons = IntStream.range(0, 400).mapToObj(i -> randomLesson(new Random(i))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parsed = lessons.stream()
                    .map(lesson -> pool.submit(() -> renderer.render(shared.parse(lesson)))).toList();
            for (int i = 0; i < lessons.size(); i++) {
                assertEquals(renderer.render(flexmark.parse(lessons.get(i))), parsed.get(i).get(), lessons.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
