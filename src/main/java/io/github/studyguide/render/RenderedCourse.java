package io.github.studyguide.render;

import io.github.studyguide.aids.Appendix;
import java.util.List;

/**
 * The whole course rendered to XHTML fragments, in reading order.
 *
 * @param sections the rendered sections
 * @param appendices the parts that follow the last section, in order
 */
public record RenderedCourse(List<RenderedSection> sections, List<Appendix> appendices) {

    public RenderedCourse {
        sections = List.copyOf(sections);
        appendices = List.copyOf(appendices);
    }
}
