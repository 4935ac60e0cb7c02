package io.github.studyguide.aids;

import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.check.LessonFactsCollector;
import io.github.studyguide.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StudyAidProblemsTest {

    private static List<String> warnings(String markdown) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        LessonFacts facts = new LessonFactsCollector(renderer).collect(renderer.parse(markdown), 1, false);
        return facts.warnings().stream().map(warning -> warning.line() + ": " + warning.target()).toList();
    }

    @Test
    void eachFormWrittenAsDocumentedGivesNoWarning() {
        assertEquals(List.of(), warnings(ExercisesTest.LESSON + "\n::: keypoints\n- One.\n:::\n"));
    }

    @Test
    void aSolutionClosedAfterItsExerciseIsWarnedAboutAtItsLine() {
        assertEquals(List.of("5: this solution div is outside its exercise, which opens on line 1; the guides still give"
                + " it to that exercise, but close the exercise's div (:::) below the solution's, so that the solution"
                + " sits inside it"), warnings("::: challenge\nDo it.\n:::\n\n::: solution\nDone.\n:::\n"));
    }

    @Test
    void aSolutionWithNoExerciseIsWarnedAbout() {
        String message = ": this solution belongs to no exercise, so it prints where it stands and not in the answer"
                + " key; put it inside a ::: challenge (or exercise, practice) div, or under a heading that opens with"
                + " Exercise or Challenge";
        assertEquals(List.of("3" + message), warnings("## Setup\n\n::: solution\nDone.\n:::\n"));
        assertEquals(List.of("3" + message), warnings("Text.\n\n<details>\n<summary>Solution</summary>\n\nDone.\n\n</details>\n"));
        assertEquals(List.of(), warnings("## Exercise 2\n\n### Part a\n\n::: solution\nDone.\n:::\n"));
        assertEquals(List.of("3" + message), warnings("## Setup\n\n::: solution\n### Solution\nDone.\n:::\n"),
                "a heading that only says Solution does not make it a section of its own");
    }

    /** The Carpentries' setup pages: one solution div per operating system, each under its own heading. */
    @Test
    void aSolutionThatOpensWithItsOwnHeadingIsATitledSectionAndNoWarning() {
        assertEquals(List.of(), warnings("## Install\n\n::: solution\n\n### Windows {#windows}\n\nRun it.\n:::\n\n"
                + "::: solution\n\n### Linux\n\nRun it too.\n:::\n"));
    }

    @Test
    void anEmptyKeyPointsBlockIsWarnedAbout() {
        assertEquals(List.of("1: this key points div has no points, so the Key Points appendix has nothing from it; list"
                + " the points under it (- one point a line) or remove it"), warnings("::: keypoints\n:::\n"));
        assertEquals(List.of("3: this heading Key Points has no points, so the Key Points appendix has nothing from it;"
                + " list the points under it (- one point a line) or remove it"), warnings("Text.\n\n## Key Points\n\n## Next\n"));
    }
}
