package io.github.studyguide.layout;

import io.github.studyguide.course.HeadingSlugs;
import io.github.studyguide.course.LinkForms;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.i18n.Labels;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Carpentries Workbench: a {@code config.yaml} at the top whose {@code episodes:} list names the lessons in
 * {@code episodes/}, in order; they form one section, titled with the lesson's {@code title}. The {@code learners:}
 * pages ({@code learners/}: setup, reference...) follow as an appendix section. An empty list means every page of
 * its folder, in natural order, as the Workbench reads it. The {@code instructors:} and {@code profiles:} pages are
 * left out: the student guide is not for instructors, and an instructor edition is not built yet.
 */
final class CarpentriesLayout implements CourseLayout {

    static final String CONFIG = "config.yaml";
    /** In English; the guides show it in their language ({@link io.github.studyguide.course.Section#heading}). */
    static final String LEARNERS_TITLE = Labels.english().learnerResources();

    @Override
    public Optional<CoursePlan> plan(Path root, CourseFiles files, Problems problems) throws IOException {
        Optional<String> text = LayoutFile.text(root, CONFIG);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Node>> keys = LayoutFile.yamlMapping(CONFIG, text.get(), problems);
        if (keys.isEmpty() || !keys.get().containsKey("episodes")) {
            return Optional.empty(); // a config.yaml of something else: not a Workbench lesson
        }
        List<String> all = files.all();
        Map<String, String> leftOut = new TreeMap<>();
        String title = keys.get().get("title") == null ? null : LayoutFile.scalar(keys.get().get("title")).orElse(null);
        List<PlannedSection> sections = new ArrayList<>();
        List<PlannedLesson> episodes = pages(keys.get().get("episodes"), "episodes", all, files, problems);
        sections.add(new PlannedSection(1, title == null ? "Episodes" : title, episodes));
        List<PlannedLesson> learners = pages(keys.get().get("learners"), "learners", all, files, problems);
        if (!learners.isEmpty()) {
            sections.add(new PlannedSection(2, LEARNERS_TITLE, learners));
        }
        for (String path : all) {
            if (path.startsWith("instructors/")) {
                leftOut.put(path, "an instructors: page; the student guide leaves them out");
            } else if (path.startsWith("profiles/")) {
                leftOut.put(path, "a profiles: page; the guide leaves learner profiles out");
            } else if (path.startsWith("episodes/") && path.indexOf('/', "episodes/".length()) < 0
                    && episodes.stream().noneMatch(l -> l.path().equals(path))) {
                problems.warning(path, 1, "is in episodes/ but not in " + CONFIG + "'s episodes: list, so the guide"
                        + " leaves it out; add it to the list to include it");
            }
        }
        return Optional.of(new CoursePlan("The Carpentries Workbench " + CONFIG, Optional.ofNullable(title), sections,
                new TreeMap<>(leftOut), HeadingSlugs.PANDOC, LinkForms.CARPENTRIES));
    }

    @Override
    public Optional<String> title(Path root) throws IOException {
        return key(root, "title");
    }

    /** A top-level key of {@code config.yaml}, when it is a Workbench lesson's (it lists its episodes). */
    private static Optional<String> key(Path root, String key) throws IOException {
        Optional<String> text = LayoutFile.text(root, CONFIG);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return LayoutFile.yamlMapping(CONFIG, text.get(), new Problems())
                .filter(keys -> keys.containsKey("episodes"))
                .flatMap(keys -> Optional.ofNullable(keys.get(key)).flatMap(LayoutFile::scalar));
    }

    @Override
    public Optional<String> language(Path root) throws IOException {
        return key(root, "lang");
    }

    /** The pages a list names in its folder, or all of the folder's pages when the list is empty. */
    private static List<PlannedLesson> pages(Node list, String folder, List<String> all, CourseFiles files,
            Problems problems) {
        List<PlannedLesson> lessons = new ArrayList<>();
        if (list instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            for (Node item : sequence.getValue()) {
                Optional<String> name = LayoutFile.scalar(item);
                if (name.isEmpty()) {
                    problems.warning(CONFIG, LayoutFile.line(item), folder + ": lists something that is not a file"
                            + " name; write one file name per line, as '- 01-introduction.md'");
                    continue;
                }
                String path = folder + "/" + name.get();
                if (!files.contains(path)) {
                    problems.warning(CONFIG, LayoutFile.line(item), folder + ": lists " + name.get() + ", but "
                            + path + " is not a Markdown file of the course (or is excluded); fix the name or remove the line");
                    continue;
                }
                lessons.add(new PlannedLesson(path, lessons.size() + 1, 0, Optional.empty()));
            }
        } else {
            all.stream().filter(path -> path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0)
                    .sorted(NumberedName.NATURAL)
                    .forEach(path -> lessons.add(new PlannedLesson(path, lessons.size() + 1, 0, Optional.empty())));
        }
        return lessons;
    }
}
