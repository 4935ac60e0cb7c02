package io.github.studyguide.layout;

import io.github.studyguide.course.HeadingSlugs;
import io.github.studyguide.course.LinkForms;
import io.github.studyguide.diagnostics.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Files and folders named with a number prefix: {@code 03-containers/02-ecs.md} is lesson 3.2 in a section titled
 * from the folder's slug, "Containers"; in a flat folder of {@code NN-name.md} files, each is a lesson of one
 * section. A numbered file at the top beside numbered folders is a section of its own. Pages deeper in a numbered
 * folder ({@code 03-containers/02-ecs/01-tasks.md}) share the lesson number of their folder, in natural order.
 * A folder's {@code index.md} or {@code README.md} opens its section as lesson 0.
 */
final class NumberedPathsLayout implements CourseLayout {

    static final String RULE = "numbered paths (NN-name.md, NN-folder/NN-name.md)";

    @Override
    public Optional<CoursePlan> plan(Path root, CourseFiles files, Problems problems) {
        List<String> unplaced = files.unplaced();
        boolean anyNumbered = unplaced.stream().anyMatch(path -> NumberedName.parse(fileName(path)).isPresent());
        if (!anyNumbered) {
            return Optional.empty();
        }
        boolean folders = unplaced.stream().anyMatch(path -> path.contains("/")
                && NumberedName.parse(path.substring(0, path.indexOf('/'))).isPresent());
        String flatTitle = NumberedName.titleOf(String.valueOf(root.getFileName())).orElse("Lessons");
        Map<Integer, String> titles = new TreeMap<>();
        Map<Integer, List<String>> bySection = new TreeMap<>();
        Map<String, String> leftOut = new TreeMap<>();
        for (String path : unplaced) {
            String[] segments = path.split("/");
            Optional<NumberedName> first = NumberedName.parse(segments[0]);
            boolean index = isIndex(segments[segments.length - 1]);
            if (segments.length == 1 && index) {
                leftOut.put(path, "the folder's front page; number it (00-" + segments[0] + ") to make it a lesson");
            } else if (first.isEmpty() || !allNumbered(segments, index)) {
                problems.error(path, 1, "has no place in the course: it seems to follow numbered paths"
                        + " (03-containers/02-ecs.md is lesson 3.2), but " + unnumbered(segments, index)
                        + " has no number prefix; rename it with one, add 'section' and 'lesson' to its front matter,"
                        + " or exclude the file");
            } else {
                int section = folders ? first.get().number() : 1;
                String title = folders ? first.get().title().orElse("Section " + section) : flatTitle;
                titles.putIfAbsent(section, title);
                bySection.computeIfAbsent(section, n -> new ArrayList<>()).add(path);
            }
        }
        List<PlannedSection> sections = new ArrayList<>();
        bySection.forEach((number, paths) -> sections.add(new PlannedSection(number, titles.get(number),
                lessons(paths, folders))));
        return Optional.of(new CoursePlan(RULE, Optional.empty(), sections, new TreeMap<>(leftOut), HeadingSlugs.GITHUB, LinkForms.FILES));
    }

    @Override
    public Optional<String> title(Path root) {
        return Optional.empty();
    }

    /** Numbers the lessons of one section: by the file's or sub-folder's number, deeper pages ordered within it. */
    private static List<PlannedLesson> lessons(List<String> paths, boolean folders) {
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(NumberedPathsLayout::compareNaturally);
        Map<Integer, Integer> pagesPerNumber = new LinkedHashMap<>();
        List<PlannedLesson> lessons = new ArrayList<>();
        for (String path : sorted) {
            String[] segments = path.split("/");
            int at = folders ? 1 : 0;
            int number;
            int order = 0;
            if (folders && segments.length == 1) {
                number = 1; // a numbered file at the top: a section of its own
            } else if (isIndex(segments[at]) && segments.length == at + 1) {
                number = 0;
            } else {
                number = NumberedName.parse(segments[at]).orElseThrow().number();
                if (segments.length > at + 1) {
                    order = pagesPerNumber.merge(number, 1, Integer::sum);
                }
            }
            lessons.add(new PlannedLesson(path, number, order, Optional.empty()));
        }
        return lessons;
    }

    private static int compareNaturally(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xIndex = i == x.length - 1 && isIndex(x[i]);
            boolean yIndex = i == y.length - 1 && isIndex(y[i]);
            if (xIndex != yIndex) {
                return xIndex ? -1 : 1; // a folder's front page before its other pages
            }
            int c = NumberedName.NATURAL.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Whether every segment bar a closing front page has a number. */
    private static boolean allNumbered(String[] segments, boolean index) {
        for (int i = 0; i < segments.length; i++) {
            if (!(index && i == segments.length - 1) && NumberedName.parse(segments[i]).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String unnumbered(String[] segments, boolean index) {
        for (int i = 0; i < segments.length; i++) {
            if (!(index && i == segments.length - 1) && NumberedName.parse(segments[i]).isEmpty()) {
                return "'" + segments[i] + "'";
            }
        }
        return "'" + segments[segments.length - 1] + "'";
    }

    private static boolean isIndex(String name) {
        return name.equalsIgnoreCase("index.md") || name.equalsIgnoreCase("README.md");
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
