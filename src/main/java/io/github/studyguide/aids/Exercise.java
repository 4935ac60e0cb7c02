package io.github.studyguide.aids;

import java.util.List;

/**
 * An exercise of a lesson, for the answer key and the flashcards.
 *
 * @param id the id of the exercise's box in the guide, which its solution in the answer key links back to
 * @param number its number, "7.2.1" (the lesson's number, then its place in the lesson)
 * @param title the author's title, empty when it has none
 * @param promptXhtml the exercise as the lesson shows it, without its title and solutions, and without ids
 * @param solutionsXhtml its solutions, as written, without ids; empty when it has none
 */
public record Exercise(String id, String number, String title, String promptXhtml, List<String> solutionsXhtml) {

    public Exercise {
        solutionsXhtml = List.copyOf(solutionsXhtml);
    }

    /** The id of its solution in the answer key. */
    public String keyId() {
        return "key-" + id;
    }

    public boolean hasSolution() {
        return !solutionsXhtml.isEmpty();
    }
}
