package io.github.studyguide.flashcards;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.GuideInspector;
import io.github.studyguide.QuizAnswers;
import io.github.studyguide.aids.ExercisesTest;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** A lesson inserted before another, which moves it to lesson 2.2, leaves the moved lesson's cards as they were. */
    @Test
    void aLessonThatMovesKeepsItsCardsGuids() {
        RenderOptions options = new RenderOptions(true, true, QuizAnswers.SECTION_END);
        List<String> before = new AnkiDeck(INFO).cards(ExercisesTest.render(ExercisesTest.LESSON, 1, options)).stream()
                .map(Flashcard::guid).toList();
        List<String> moved = new AnkiDeck(INFO).cards(ExercisesTest.render(ExercisesTest.LESSON, 2, options)).stream()
                .map(Flashcard::guid).toList();
        assertEquals(2, before.size());
        assertEquals(before, moved);
    }

    /** A quiz question nobody marked says so in the guide's language, as the answer key does. */
    @Test
    void anUnmarkedQuestionsBackIsInTheGuidesLanguage() {
        RenderedCourse course = ExercisesTest.render("#### Question 1: Which?\n\n- A) One\n  - Incorrect: no.\n- B) Two\n  - Incorrect: no.\n",
                new RenderOptions(true, true, QuizAnswers.SECTION_END, Labels.of("de", Map.of(), new ArrayList<>())));
        GuideInfo german = new GuideInfo("Kurs", Optional.empty(), Optional.empty(), "de", "urn:test:de", Instant.EPOCH);
        List<Flashcard> cards = new AnkiDeck(german).cards(course);
        assertEquals(1, cards.size());
        String none = Labels.of("de", Map.of(), new ArrayList<>()).noneMarked();
        assertNotEquals("none marked", none);
        assertTrue(cards.get(0).back().contains(none), cards.get(0).back());
    }
}
