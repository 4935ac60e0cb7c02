package io.github.studyguide.layout;

import io.github.studyguide.diagnostics.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The course layouts the plugin reads, in the order they are tried: the first whose own file the course has
 * decides the order of the whole course. Front matter comes before all of them, lesson by lesson: a lesson whose
 * front matter gives its {@code section} or {@code lesson} is placed there whatever the layout says. Adding a
 * layout is one line here.
 */
public final class CourseLayouts {

    private static final List<CourseLayout> LAYOUTS = List.of(
            new CarpentriesLayout(),
            new SummaryLayout(),
            new MkDocsLayout(),
            new NumberedPathsLayout());

    /** What the build says when front matter alone orders the course, as it always did. */
    public static final String FRONT_MATTER_RULE = "front matter (section, lesson, order)";

    private CourseLayouts() {
    }

    /**
     * The plan of the first layout the course follows; empty when it follows none, and front matter alone places
     * the lessons.
     *
     * @param root the source folder
     */
    public static Optional<CoursePlan> detect(Path root, CourseFiles files, Problems problems) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        for (CourseLayout layout : LAYOUTS) {
            Optional<CoursePlan> plan = layout.plan(folder, files, problems);
            if (plan.isPresent()) {
                return plan;
            }
        }
        return Optional.empty();
    }

    /**
     * The course's title from its layout's own metadata ({@code config.yaml}'s {@code title}, {@code book.toml}'s,
     * {@code mkdocs.yml}'s {@code site_name}), for a guide whose configuration names none.
     */
    public static Optional<String> title(Path root) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        for (CourseLayout layout : LAYOUTS) {
            Optional<String> title = layout.title(folder);
            if (title.isPresent()) {
                return title;
            }
        }
        return Optional.empty();
    }

    /**
     * The course's language from its layout's own metadata ({@code config.yaml}'s {@code lang}, {@code book.toml}'s
     * {@code language}, {@code mkdocs.yml}'s {@code theme: language}), for a guide whose configuration names none.
     * A tag written with an underscore ({@code pt_BR}) is given with a hyphen, as BCP 47 writes it.
     */
    public static Optional<String> language(Path root) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        for (CourseLayout layout : LAYOUTS) {
            Optional<String> language = layout.language(folder).map(tag -> tag.strip().replace('_', '-'))
                    .filter(tag -> tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"));
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
