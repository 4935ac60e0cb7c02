package io.github.studyguide.course;

import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.scan.FrontMatter;
import io.github.studyguide.scan.ParsedFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns parsed files into a {@link Course}: reads each lesson's place from its front matter, orders lessons by
 * section number, lesson number and order (never by file name), and names each section. A lesson whose front matter
 * gives neither {@code section} nor {@code lesson} takes the place its course layout gives it, if any. Every problem
 * is recorded rather than thrown, so that the author sees all of them at once.
 */
public final class CourseAssembler {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Comparator<Lesson> READING_ORDER =
            Comparator.comparingInt((Lesson l) -> l.section().number())
                    .thenComparingInt(Lesson::number)
                    .thenComparingInt(Lesson::order);

    private final Map<String, LessonPlace> places;

    /** An assembler for courses that front matter alone orders. */
    public CourseAssembler() {
        this(Map.of());
    }

    /** @param places where the course's layout puts lessons, by their paths relative to the source folder */
    public CourseAssembler(Map<String, LessonPlace> places) {
        this.places = Map.copyOf(places);
    }

    /** Assembles the course; files are expected sorted by path, which makes the choice of the first of two deterministic. */
    public Course assemble(List<ParsedFile> files, Problems problems) {
        List<Lesson> lessons = new ArrayList<>();
        Map<Integer, String> layoutTitles = new TreeMap<>();
        Map<Integer, SectionPage> pages = new TreeMap<>();
        for (ParsedFile file : files) {
            if ("section".equals(file.frontMatter().text("layout").orElse(""))) {
                readSectionPage(file, problems).ifPresent(page -> {
                    SectionPage other = pages.putIfAbsent(page.number(), page);
                    if (other != null) {
                        problems.error(file.relativePath(), file.frontMatter().line("name"), "section " + page.number()
                                + " already has a section page, " + other.file().relativePath()
                                + "; keep one of them or give this one another number");
                    }
                });
            } else if (isPlacedByLayout(file)) {
                LessonPlace place = places.get(file.relativePath());
                layoutTitles.putIfAbsent(place.section(), place.sectionTitle());
                lessons.add(new Lesson(file, new SectionName(place.section(), ""), place.lesson(), place.order(),
                        file.frontMatter().text("title").orElse(place.title())));
            } else {
                readLesson(file, problems).ifPresent(lessons::add);
            }
        }
        lessons.sort(READING_ORDER);
        reportDuplicates(lessons, problems);

        Map<Integer, List<Lesson>> bySection = new TreeMap<>();
        for (Lesson lesson : lessons) {
            bySection.computeIfAbsent(lesson.section().number(), n -> new ArrayList<>()).add(lesson);
        }
        pages.keySet().forEach(number -> bySection.computeIfAbsent(number, n -> new ArrayList<>()));

        List<Section> sections = new ArrayList<>();
        bySection.forEach((number, sectionLessons) -> {
            SectionPage page = pages.get(number);
            String title = page != null ? page.title() : layoutTitles.containsKey(number) ? layoutTitles.get(number)
                    : titleFromSlugs(number, sectionLessons, problems);
            sections.add(new Section(number, title, Optional.ofNullable(page).map(SectionPage::file), sectionLessons));
        });
        return new Course(sections);
    }

    /** Front matter wins where it says: the layout places only lessons whose front matter gives no place. */
    private boolean isPlacedByLayout(ParsedFile file) {
        FrontMatter fm = file.frontMatter();
        return places.containsKey(file.relativePath()) && !fm.has("section") && !fm.has("lesson");
    }

    private static Optional<Lesson> readLesson(ParsedFile file, Problems problems) {
        FrontMatter fm = file.frontMatter();
        String path = file.relativePath();
        Optional<String> title = fm.text("title");
        if (title.isEmpty()) {
            problems.error(path, fm.line("title"), "lesson has no title; add 'title: ...' to its front matter");
        }
        Optional<SectionName> section = fm.text("section").flatMap(text -> {
            Optional<SectionName> name = SectionName.parse(text);
            if (name.isEmpty()) {
                problems.error(path, fm.line("section"), "section '" + text + "' has no number; write it as"
                        + " Section-7, Section-7-Name or 7");
            }
            return name;
        });
        if (!fm.has("section")) {
            problems.error(path, fm.line("section"), "lesson has no section; add 'section: Section-N' to its front matter"
                    + " (or exclude the file if it is not a lesson)");
        } else if (fm.text("section").isEmpty()) {
            problems.error(path, fm.line("section"), "section is empty; write it as Section-7, Section-7-Name or 7");
        }
        Optional<Integer> number = integer(fm, "lesson", path, problems, true);
        Optional<Integer> order = integer(fm, "order", path, problems, false);
        if (title.isEmpty() || section.isEmpty() || number.isEmpty() || (fm.has("order") && order.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(file, section.get(), number.get(), order.orElse(0), title.get()));
    }

    private static Optional<SectionPage> readSectionPage(ParsedFile file, Problems problems) {
        FrontMatter fm = file.frontMatter();
        Optional<SectionName> name = fm.text("name").flatMap(SectionName::parse);
        Optional<Integer> order = fm.has("order") ? integer(fm, "order", file.relativePath(), problems, false) : Optional.empty();
        Optional<Integer> number = name.map(SectionName::number).or(() -> order);
        if (number.isEmpty()) {
            problems.error(file.relativePath(), fm.line("name"), "section page does not say which section it"
                    + " introduces; add 'name: Section-N' or 'order: N' to its front matter");
            return Optional.empty();
        }
        String title = fm.text("title")
                .or(() -> name.flatMap(SectionName::slugTitle))
                .orElse("Section " + number.get());
        return Optional.of(new SectionPage(number.get(), title, file));
    }

    private static Optional<Integer> integer(FrontMatter fm, String key, String path, Problems problems, boolean required) {
        Optional<String> text = fm.text(key);
        if (text.isEmpty()) {
            if (required) {
                problems.error(path, fm.line(key), "lesson has no " + key + " number; add '" + key + ": N' to its front matter");
            }
            return Optional.empty();
        }
        if (!INTEGER.matcher(text.get()).matches()) {
            problems.error(path, fm.line(key), key + " must be a whole number, not '" + text.get() + "'");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.get()));
    }

    private static void reportDuplicates(List<Lesson> sorted, Problems problems) {
        Map<String, Lesson> seen = new HashMap<>();
        for (Lesson lesson : sorted) {
            Lesson first = seen.putIfAbsent(lesson.anchorId(), lesson);
            if (first != null) {
                // Report on the later file by path so the message is the same whichever way the files were found.
                Lesson[] pair = first.relativePath().compareTo(lesson.relativePath()) <= 0
                        ? new Lesson[] {first, lesson} : new Lesson[] {lesson, first};
                problems.error(pair[1].relativePath(), pair[1].file().frontMatter().line("lesson"),
                        "lesson " + lesson.label() + (lesson.order() == 0 ? "" : " order " + lesson.order())
                                + " is also " + pair[0].relativePath() + "; give one of them another lesson number,"
                                + " or an 'order' to place it after the other");
            }
        }
    }

    /** Names a section from its lessons' slugs, warning once when they disagree. */
    private static String titleFromSlugs(int number, List<Lesson> lessons, Problems problems) {
        Map<String, Lesson> bySlug = new LinkedHashMap<>();
        for (Lesson lesson : lessons) {
            lesson.section().slugTitle().ifPresent(title -> bySlug.putIfAbsent(title, lesson));
        }
        if (bySlug.size() > 1) {
            List<Map.Entry<String, Lesson>> names = new ArrayList<>(bySlug.entrySet());
            Lesson other = names.get(1).getValue();
            problems.warning(other.relativePath(), other.file().frontMatter().line("section"),
                    "section " + number + " is named '" + names.get(1).getKey() + "' here but '" + names.get(0).getKey()
                            + "' in " + names.get(0).getValue().relativePath() + "; using '" + names.get(0).getKey()
                            + "'. Use the same section name in every lesson, or add a section page");
        }
        return bySlug.keySet().stream().findFirst().orElse("Section " + number);
    }

    private record SectionPage(int number, String title, ParsedFile file) {
    }
}
