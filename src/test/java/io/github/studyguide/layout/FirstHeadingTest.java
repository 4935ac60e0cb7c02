package io.github.studyguide.layout;

import io.github.studyguide.course.HeadingSlugs;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstHeadingTest {

    @Test
    void anOpeningTitleIsTakenOutOfTheBodyKeepingLineNumbers() {
        FirstHeading heading = FirstHeading.of("\n# The `init` command {#init}\n\nText\n", HeadingSlugs.GITHUB).orElseThrow();
        assertEquals("The init command", heading.text());
        assertEquals("\n<div id=\"init\"></div>\n\nText\n", heading.body());
        assertEquals("\n<div id=\"the-init-command\"></div>\n", FirstHeading.of("\n# The `init` command\n", HeadingSlugs.GITHUB)
                .orElseThrow().body());
    }

    @Test
    void aLaterHeadingTitlesTheLessonButStaysInTheBody() {
        String body = "Some text first.\n\n## Setting up\n";
        FirstHeading heading = FirstHeading.of(body, HeadingSlugs.GITHUB).orElseThrow();
        assertEquals("Setting up", heading.text());
        assertEquals(body, heading.body());
    }

    @Test
    void headingsInCodeBlocksAreNotTitles() {
        Optional<FirstHeading> heading = FirstHeading.of("```bash\n# a comment\n```\n\n# Real title\n", HeadingSlugs.GITHUB);
        assertEquals("Real title", heading.orElseThrow().text());
        assertTrue(FirstHeading.of("Just text\n", HeadingSlugs.GITHUB).isEmpty());
    }
}
