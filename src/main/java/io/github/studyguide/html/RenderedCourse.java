package io.github.studyguide.html;

import java.util.List;

/**
 * The whole course rendered to XHTML fragments, in reading order.
 *
 * @param sections the rendered sections
 */
public record RenderedCourse(List<RenderedSection> sections) {

    public RenderedCourse {
        sections = List.copyOf(sections);
    }
}
