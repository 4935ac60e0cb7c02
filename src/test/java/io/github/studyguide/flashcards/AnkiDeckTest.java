package io.github.studyguide.flashcards;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.GuideInspector;
import io.github.studyguide.QuizAnswers;
import io.github.studyguide.aids.ExercisesTest;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnkiDeckTest {

    private static final GuideInfo INFO = new GuideInfo("Shell\tBasics", Optional.empty(), Optional.empty(), "en",
            "urn:test:shell", Instant.EPOCH);

    @Test
    void aFieldWithQuotesTabsAndCodeLinesParsesBackAsOneField(@TempDir Path dir) throws Exception {
        RenderedCourse course = ExercisesTest.render("""
                ::: challenge
                Say "hi"\twith a tab.

                ::: solution
                ```
                echo "hi"
                echo bye
                ```
                :::
                :::
                """, new RenderOptions(true, true, QuizAnswers.SECTION_END));
        Path deck = dir.resolve("deck.txt");
        new AnkiDeck(INFO).write(course, deck);
        List<List<String>> cards = GuideInspector.ankiCards(deck.toFile());
        assertEquals(1, cards.size(), Files.readString(deck));
        assertEquals(4, cards.get(0).size());
        assertTrue(cards.get(0).get(1).contains("Say \"hi\"&#9;with a tab."), cards.get(0).get(1));
        assertTrue(cards.get(0).get(2).contains("echo \"hi\"<br />echo bye"), cards.get(0).get(2));
        assertEquals("#deck:Shell Basics", GuideInspector.ankiHeaders(deck.toFile()).get(3));
        assertEquals(1, Files.readString(deck).lines().filter(line -> !line.startsWith("#")).count());
    }

    @Test
    void guidsDependOnTheGuideAndTheItemsPlaceOnly() {
        RenderedCourse course = ExercisesTest.render(ExercisesTest.LESSON, new RenderOptions(true, true, QuizAnswers.SECTION_END));
        RenderedCourse inline = ExercisesTest.render(ExercisesTest.LESSON, new RenderOptions(true, true, QuizAnswers.INLINE));
        List<String> guids = new AnkiDeck(INFO).cards(course).stream().map(Flashcard::guid).toList();
        assertEquals(2, guids.size());
        assertEquals(guids, new AnkiDeck(INFO).cards(inline).stream().map(Flashcard::guid).toList());
        GuideInfo other = new GuideInfo("Shell", Optional.empty(), Optional.empty(), "en", "urn:test:other", Instant.EPOCH);
        assertNotEquals(guids, new AnkiDeck(other).cards(course).stream().map(Flashcard::guid).toList());
    }
}
