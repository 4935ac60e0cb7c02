package io.github.studyguide.pdf;

import java.util.Map;

/**
 * A part of the guide rendered to a finished PDF of its own (the front matter, or a chunk of sections), with the
 * places of the anchors that the assembled guide links to.
 *
 * @param pdf the part's PDF, fonts embedded
 * @param pages its page count
 * @param anchors where each anchor (section, lesson, contents line) landed, by id
 */
public record RenderedPart(byte[] pdf, int pages, Map<String, Anchor> anchors) {

    public RenderedPart {
        anchors = Map.copyOf(anchors);
    }

    /**
     * Where an element landed, in PDF points.
     *
     * @param page the 0-based page within the part
     * @param x left edge
     * @param y bottom edge, from the bottom of the page
     * @param width width
     * @param height height
     */
    public record Anchor(int page, float x, float y, float width, float height) {
    }
}
