package io.github.studyguide.layout;

import io.github.studyguide.course.HeadingSlugs;
import io.github.studyguide.course.LinkForms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reading order a layout found in a course folder, before any lesson is read.
 *
 * @param rule what the order comes from, for the build's one line about it ("mdBook src/SUMMARY.md")
 * @param title the course's title from the layout's own metadata, if it has one
 * @param sections the sections in reading order
 * @param leftOut files the layout deliberately leaves out of the guide, each with the reason, sorted by path
 * @param slugs how the course's own tool makes heading ids
 * @param links the forms of links between pages the course's own tool accepts
 */
public record CoursePlan(String rule, Optional<String> title, List<PlannedSection> sections,
        SortedMap<String, String> leftOut, HeadingSlugs slugs, LinkForms links) {

    public CoursePlan {
        sections = List.copyOf(sections);
        leftOut = new TreeMap<>(leftOut);
    }

    /** Each planned lesson by its path. */
    public Map<String, PlannedLesson> lessonsByPath() {
        Map<String, PlannedLesson> byPath = new TreeMap<>();
        sections.forEach(section -> section.lessons().forEach(lesson -> byPath.put(lesson.path(), lesson)));
        return byPath;
    }
}
