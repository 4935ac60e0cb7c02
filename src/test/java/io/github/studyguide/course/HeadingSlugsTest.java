package io.github.studyguide.course;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingSlugsTest {

    private static final List<String> HEADINGS = List.of("Use docs_dir here!", "Café au lait", "中文 标题",
            "What's new?", "C++ & Java", "1. Intro", "Intro", "Intro", "中文 标题");

    private static List<String> ids(HeadingSlugs slugs) {
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (String heading : HEADINGS) {
            String id = slugs.id(heading, used);
            used.add(id);
            ids.add(id);
        }
        return ids;
    }

    @Test
    void githubKeepsUnderscoresAccentsAndCjkAndNumbersDuplicatesWithDashes() {
        assertEquals(List.of("use-docs_dir-here", "café-au-lait", "中文-标题", "whats-new", "c--java", "1-intro", "intro",
                "intro-1", "中文-标题-1"), ids(HeadingSlugs.GITHUB));
    }

    @Test
    void pythonMarkdownDropsAccentsAndCjkAndNumbersDuplicatesWithUnderscores() {
        assertEquals(List.of("use-docs_dir-here", "cafe-au-lait", "_1", "whats-new", "c-java", "1-intro", "intro",
                "intro_1", "_2"), ids(HeadingSlugs.PYTHON_MARKDOWN));
    }

    @Test
    void pandocStartsAtTheFirstLetterAndKeepsPeriods() {
        assertEquals(List.of("use-docs_dir-here", "café-au-lait", "中文-标题", "whats-new", "c-java", "intro", "intro-1",
                "intro-2", "中文-标题-1"), ids(HeadingSlugs.PANDOC));
        assertEquals("section", HeadingSlugs.PANDOC.id("42", Set.of()));
        assertEquals("v2.0-notes", HeadingSlugs.PANDOC.id("v2.0 notes", Set.of()));
    }
}
