package io.github.studyguide.flashcards;

import java.util.List;

/**
 * One card of the deck.
 *
 * @param guid stays the same from build to build while the item keeps its place, so that importing a new release
 *     updates the card instead of adding it again
 * @param front what the card asks, as HTML
 * @param back what answers it, as HTML
 * @param tags the section's and the lesson's tag, without spaces
 */
public record Flashcard(String guid, String front, String back, List<String> tags) {

    public Flashcard {
        tags = List.copyOf(tags);
    }
}
