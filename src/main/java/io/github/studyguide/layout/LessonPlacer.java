package io.github.studyguide.layout;

import io.github.studyguide.course.LessonPlace;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.scan.FrontMatter;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.github.studyguide.internal.Text.count;

/**
 * Finds the course's layout and places each lesson its front matter does not: decides its section, number and
 * title, and hands the course model the files that are lessons. Says in one line which rule orders the course, and
 * in another which files it leaves out and why.
 */
public final class LessonPlacer {

    /** At most this many files are named in the line that lists those left out; the rest are counted. */
    private static final int NAMED_LEFT_OUT = 12;

    /**
     * What the layout made of the course.
     *
     * @param files the lessons and section pages for the course model, sorted by path, bodies as the guide shows them
     * @param places where the layout puts the lessons it places, by path
     * @param plan the layout's plan
     */
    public record Placed(List<ParsedFile> files, Map<String, LessonPlace> places, CoursePlan plan) {
    }

    private LessonPlacer() {
    }

    /**
     * Places the lessons by the course's layout.
     *
     * @param root the source folder
     * @param withFrontMatter the files whose front matter was read, sorted by path
     * @param without the files without front matter, sorted by path
     * @return empty when the course follows no layout, and front matter alone orders it
     */
    public static Optional<Placed> place(Path root, List<ParsedFile> withFrontMatter, List<SourceFile> without,
            Problems problems, BuildLog log) throws IOException {
        Map<String, ParsedFile> files = new TreeMap<>();
        withFrontMatter.forEach(file -> files.put(file.relativePath(), file));
        // A file without front matter reads as one whose front matter is empty; its body starts on line 1.
        without.forEach(file -> files.put(file.relativePath(), new ParsedFile(file, new FrontMatter(Map.of(), 1, 1),
                file.text())));
        Set<String> byFrontMatter = files.values().stream().filter(LessonPlacer::placesItself)
                .map(ParsedFile::relativePath).collect(Collectors.toSet());
        Optional<CoursePlan> found = CourseLayouts.detect(root, new CourseFiles(List.copyOf(files.keySet()),
                byFrontMatter), problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CoursePlan plan = found.get();
        Map<String, PlannedSection> sectionOf = new LinkedHashMap<>();
        plan.sections().forEach(section -> section.lessons().forEach(l -> sectionOf.putIfAbsent(l.path(), section)));
        Map<String, PlannedLesson> planned = plan.lessonsByPath();

        List<ParsedFile> lessons = new ArrayList<>();
        Map<String, LessonPlace> places = new TreeMap<>();
        Map<String, String> leftOut = new TreeMap<>();
        for (ParsedFile file : files.values()) {
            String path = file.relativePath();
            if (byFrontMatter.contains(path)) {
                lessons.add(file);
            } else if (planned.containsKey(path)) {
                PlannedLesson lesson = planned.get(path);
                PlannedSection section = sectionOf.get(path);
                ParsedFile shown = file;
                String title;
                Optional<String> own = file.frontMatter().text("title");
                Optional<FirstHeading> heading = own.isPresent() ? Optional.empty() : FirstHeading.of(file.body(), plan.slugs());
                if (own.isPresent()) {
                    title = own.get();
                } else {
                    shown = heading.map(h -> new ParsedFile(file.source(), file.frontMatter(), h.body())).orElse(file);
                    title = lesson.title().or(() -> heading.map(FirstHeading::text)).orElseGet(() -> fileTitle(path));
                    if (lesson.title().isEmpty() && heading.isEmpty()) {
                        problems.warning(path, 1, "has no title: no 'title' in front matter and no heading; titled '"
                                + title + "' from its file name. Add a '# Title' line or 'title: ...' front matter");
                    }
                }
                lessons.add(shown);
                places.put(path, new LessonPlace(section.number(), section.title(), lesson.number(), lesson.order(),
                        title));
            } else {
                leftOut.put(path, plan.leftOut().getOrDefault(path, "not in " + plan.rule()));
            }
        }
        plan.leftOut().forEach((path, why) -> {
            if (!files.containsKey(path)) {
                return; // the layout's own file when it is not a selected Markdown file
            }
            leftOut.putIfAbsent(path, why);
        });
        log.info(ruleLine(plan, places.size(), byFrontMatter.size()));
        if (!leftOut.isEmpty()) {
            log.info(leftOutLine(leftOut));
        }
        lessons.sort(Comparator.comparing(ParsedFile::relativePath));
        return Optional.of(new Placed(lessons, places, plan));
    }

    /** Whether front matter gives the file its place: a lesson's section or number, or a section page. */
    static boolean placesItself(ParsedFile file) {
        FrontMatter fm = file.frontMatter();
        return fm.has("section") || fm.has("lesson") || "section".equals(fm.text("layout").orElse(""));
    }

    private static String ruleLine(CoursePlan plan, int placed, int byFrontMatter) {
        String line = "Reading order from " + plan.rule() + ": " + count(placed, "lesson") + " in "
                + count((int) plan.sections().stream().filter(s -> !s.lessons().isEmpty()).count(), "section");
        if (byFrontMatter > 0) {
            line += "; " + count(byFrontMatter, "file") + " placed by front matter, which wins where it gives"
                    + " section or lesson";
        }
        return line;
    }

    private static String leftOutLine(Map<String, String> leftOut) {
        Map<String, List<String>> byReason = new TreeMap<>();
        leftOut.forEach((path, why) -> byReason.computeIfAbsent(why, w -> new ArrayList<>()).add(path));
        List<String> parts = new ArrayList<>();
        int named = 0;
        for (Map.Entry<String, List<String>> reason : byReason.entrySet()) {
            List<String> paths = reason.getValue();
            int shown = Math.max(1, Math.min(paths.size(), NAMED_LEFT_OUT - named));
            named += shown;
            String list = String.join(", ", paths.subList(0, shown))
                    + (paths.size() > shown ? " and " + (paths.size() - shown) + " more" : "");
            parts.add(list + " (" + reason.getKey() + ")");
        }
        return "Left out " + count(leftOut.size(), "Markdown file") + ": " + String.join("; ", parts);
    }

    /** A title from the file's name, for a lesson that has no other. */
    private static String fileTitle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String slug = NumberedName.parse(name).map(NumberedName::slug).orElse(name.replaceFirst("(?i)\\.(md|markdown)$", ""));
        return NumberedName.titleOf(slug).orElse(name);
    }
}
