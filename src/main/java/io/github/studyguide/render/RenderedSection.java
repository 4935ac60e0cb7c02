package io.github.studyguide.render;

import io.github.studyguide.aids.AnswerKey;
import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Section;

import java.util.List;

/**
 * A section rendered on its own: its opening (title heading and the section page's body, if any) and its lessons.
 * Writers can place it in a whole guide or alone in a handout.
 *
 * @param section the section
 * @param openingXhtml the section's title heading, anchored at {@link Section#anchorId()}, and its introduction
 * @param openingFacts what the section page links to, for the checks
 * @param lessons the rendered lessons in reading order
 * @param answerKeyXhtml the answer key that closes the section, anchored at {@link #answerKeyAnchor()}; empty when
 *     the section has no quiz or its answers go elsewhere
 */
public record RenderedSection(Section section, String openingXhtml, LessonFacts openingFacts, List<RenderedLesson> lessons,
        String answerKeyXhtml) {

    public RenderedSection {
        lessons = List.copyOf(lessons);
    }

    public boolean hasAnswerKey() {
        return !answerKeyXhtml.isEmpty();
    }

    public String answerKeyAnchor() {
        return AnswerKey.sectionAnchor(section.anchorId());
    }
}
