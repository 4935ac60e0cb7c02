package io.github.studyguide.render;

import io.github.studyguide.aids.Appendix;
import io.github.studyguide.aids.LessonOpening;
import io.github.studyguide.i18n.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a guide in reading order: each section's opening, its lessons and its answer key, then the
 * appendices. Both writers walk this one list for their documents, contents, bookmarks, navigation and running
 * headers, so that every part is placed alike everywhere, and a new kind of part is added here, once.
 */
public final class Outline {

    /**
     * What an entry is; sections and appendices stand at the top of the contents, lessons and answer keys under a
     * section, and a lesson's opening boxes (objectives, questions) under the lesson, as places in its document.
     */
    public enum Kind {
        SECTION, LESSON, ANSWER_KEY, APPENDIX, OPENING;

        public boolean topLevel() {
            return this == SECTION || this == APPENDIX;
        }

        /** Whether the entry is a place inside the lesson before it rather than a document of its own. */
        public boolean insideLesson() {
            return this == OPENING;
        }
    }

    /** One part of the guide, with what the writers need to place it. */
    public static final class Entry {

        private final Kind kind;
        private final String anchor;
        private final String title;
        private final RenderedSection section;
        private final RenderedLesson lesson;
        private final Appendix appendix;

        private Entry(Kind kind, String anchor, String title, RenderedSection section, RenderedLesson lesson,
                Appendix appendix) {
            this.kind = kind;
            this.anchor = anchor;
            this.title = title;
            this.section = section;
            this.lesson = lesson;
            this.appendix = appendix;
        }

        public Kind kind() {
            return kind;
        }

        /** The id of the entry's title heading, which contents, bookmarks and links point to. */
        public String anchor() {
            return anchor;
        }

        /** The title the contents, bookmarks and navigation show. */
        public String title() {
            return title;
        }

        /** The section the entry belongs to; empty for an appendix. */
        public Optional<RenderedSection> section() {
            return Optional.ofNullable(section);
        }

        /** The text direction the lesson's front matter gives; empty for other entries and most lessons. */
        public Optional<String> direction() {
            return lesson == null ? Optional.empty() : lesson.lesson().direction();
        }

        /** For a place inside a lesson ({@link Kind#insideLesson()}), the anchor of that lesson. */
        public String lessonAnchor() {
            return lesson.lesson().anchorId();
        }

        /**
         * The entry as an XHTML fragment that opens with its title heading.
         *
         * @param linked whether an appendix's links back into the lessons are written as {@code href="#id"} (the
         *     EPUB) or left for the PDF to add once pages are known ({@link Appendix#xhtml(boolean)})
         */
        public String xhtml(boolean linked) {
            return switch (kind) {
                case SECTION -> section.openingXhtml();
                case LESSON -> lesson.xhtml();
                case ANSWER_KEY -> section.answerKeyXhtml();
                case APPENDIX -> appendix.xhtml(linked);
                case OPENING -> throw new IllegalStateException("An opening box is part of its lesson: " + anchor);
            };
        }
    }

    private Outline() {
    }

    /**
     * The entries of these sections and appendices, in reading order.
     *
     * @param labels the guide's words for sections and answer keys
     */
    public static List<Entry> of(List<RenderedSection> sections, List<Appendix> appendices, Labels labels) {
        List<Entry> entries = new ArrayList<>();
        for (RenderedSection section : sections) {
            entries.add(new Entry(Kind.SECTION, section.section().anchorId(), section.section().heading(labels), section,
                    null, null));
            for (RenderedLesson lesson : section.lessons()) {
                entries.add(new Entry(Kind.LESSON, lesson.lesson().anchorId(), lesson.title(), section, lesson, null));
                LessonOpening.anchors(lesson.xhtml(), lesson.lesson().anchorId()).forEach((anchor, questions) ->
                        entries.add(new Entry(Kind.OPENING, anchor, questions ? labels.questions() : labels.objectives(),
                                section, lesson, null)));
            }
            if (section.hasAnswerKey()) {
                entries.add(new Entry(Kind.ANSWER_KEY, section.answerKeyAnchor(), labels.answerKey(), section, null, null));
            }
        }
        for (Appendix appendix : appendices) {
            entries.add(new Entry(Kind.APPENDIX, appendix.anchor(), appendix.title(), null, null, appendix));
        }
        return List.copyOf(entries);
    }

    /** The entries of the whole course. */
    public static List<Entry> of(RenderedCourse course, Labels labels) {
        return of(course.sections(), course.appendices(), labels);
    }
}
