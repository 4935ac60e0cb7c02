package io.github.studyguide.layout;

import io.github.studyguide.RecordingLog;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.course.HeadingSlugs;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.course.Section;
import io.github.studyguide.diagnostics.Problem;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.LessonScanner;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseLayoutsTest {

    @TempDir
    Path root;

    private final Problems problems = new Problems();
    private final RecordingLog log = new RecordingLog();
    private LessonPlacer.Placed placed;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Reads the course as the build does, and gives "label title" per lesson, with "# section" lines. */
    private List<String> readingOrder() throws IOException {
        List<SourceFile> files = new LessonScanner(root, List.of("**/*.md"), List.of()).scan(problems);
        List<ParsedFile> parsed = new ArrayList<>();
        List<SourceFile> without = new ArrayList<>();
        FrontMatterParser parser = new FrontMatterParser();
        for (SourceFile file : files) {
            Optional<ParsedFile> result = parser.parse(file, problems);
            if (result.isPresent()) {
                parsed.add(result.get());
            } else if (!file.text().startsWith("---")) {
                without.add(file);
            }
        }
        placed = LessonPlacer.place(root, parsed, without, problems, log).orElseThrow();
        Course course = placedCourse();
        List<String> order = new ArrayList<>();
        for (Section section : course.sections()) {
            order.add("# " + section.heading(Labels.english()));
            for (Lesson lesson : section.lessons()) {
                order.add(lesson.label() + " " + lesson.title());
            }
        }
        return order;
    }

    private Course placedCourse() {
        return new CourseAssembler(placed.places()).assemble(placed.files(), problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void carpentriesEpisodesInConfigOrderThenLearnersAsAppendixWithoutInstructors() throws IOException {
        write("config.yaml", """
                carpentry: 'swc'
                title: 'Shell Basics'
                episodes:
                - 10-pipes.md
                - 02-files.md
                - 99-missing.md
                learners:
                - setup.md
                instructors:
                - notes.md
                profiles:
                """);
        write("episodes/10-pipes.md", "---\ntitle: Pipes\nteaching: 5\n---\nText\n");
        write("episodes/02-files.md", "---\ntitle: Files\n---\nText\n");
        write("episodes/50-unlisted.md", "---\ntitle: Draft\n---\nText\n");
        write("learners/setup.md", "---\ntitle: Setup\n---\nText\n");
        write("instructors/notes.md", "---\ntitle: Notes\n---\nText\n");
        write("README.md", "# About this repository\n");
        assertEquals(List.of("# Section 1: Shell Basics", "1.1 Pipes", "1.2 Files",
                "# Section 2: Learner Resources", "2.1 Setup"), readingOrder());
        assertEquals("Abschnitt 2: Materialien für Lernende", placedCourse().sections().get(1).heading(
                Labels.of("de", java.util.Map.of(), new ArrayList<>())), "the learners' section in the guide's language");
        assertEquals(HeadingSlugs.PANDOC, placed.plan().slugs());
        assertEquals(List.of(
                "config.yaml:6: episodes: lists 99-missing.md, but episodes/99-missing.md is not a Markdown file of the"
                        + " course (or is excluded); fix the name or remove the line",
                "episodes/50-unlisted.md:1: is in episodes/ but not in config.yaml's episodes: list, so the guide"
                        + " leaves it out; add it to the list to include it"), messages());
        assertEquals(List.of("Reading order from The Carpentries Workbench config.yaml: 3 lessons in 2 sections",
                "Left out 3 Markdown files: instructors/notes.md (an instructors: page; the student guide leaves them"
                        + " out); README.md, episodes/50-unlisted.md (not in The Carpentries Workbench config.yaml)"),
                log.at("INFO"));
    }

    @Test
    void summaryPartsBecomeSectionsAndDraftsAreLeftOutWithAWarning() throws IOException {
        write("book.toml", "[book]\ntitle = \"A Book\"\n");
        write("src/SUMMARY.md", """
                # Summary

                [Introduction](README.md)

                # User guide

                - [Installing](./guide/install.md)
                - [Reading](guide/reading.md)
                    - [Deeper](guide/deeper%20page.md)
                    - [Draft chapter]()

                # Reference

                - [CLI](cli/README.md)

                ---

                [Contributors](misc/contributors.md)
                """);
        write("src/README.md", "# Introduction\n\nWelcome.\n");
        write("src/guide/install.md", "# Installation\n\nSteps.\n");
        write("src/guide/reading.md", "Text.\n");
        write("src/guide/deeper page.md", "Text.\n");
        write("src/cli/README.md", "# CLI\n");
        write("src/misc/contributors.md", "# Contributors\n");
        assertEquals(List.of("# Section 1: Introduction", "1.1 Introduction",
                "# Section 2: User guide", "2.1 Installing", "2.2 Reading", "2.3 Deeper",
                "# Section 3: Reference", "3.1 CLI", "# Section 4: Contributors", "4.1 Contributors"), readingOrder());
        assertEquals(Optional.of("A Book"), placed.plan().title());
        assertEquals(List.of("src/SUMMARY.md:10: 'Draft chapter' is a draft chapter (no file in its link), so the guide"
                + " leaves it out; link it to a file to include it"), messages());
        // The opening heading is the lesson's title in the guide, not a second heading under it.
        ParsedFile install = placed.files().stream().filter(f -> f.relativePath().equals("src/guide/install.md"))
                .findFirst().orElseThrow();
        assertEquals("<div id=\"installation\"></div>\n\nSteps.\n", install.body());
    }

    @Test
    void summaryWithoutPartsMakesEachTopLevelChapterASection() throws IOException {
        write("SUMMARY.md", """
                # Summary
                * [Getting Started](ch01.md)
                  * [Installation](ch01-01.md)
                * [Guessing Game](ch02.md)
                """);
        write("ch01.md", "# Getting Started\n");
        write("ch01-01.md", "# Installation\n");
        write("ch02.md", "# Guessing Game\n");
        assertEquals(List.of("# Section 1: Getting Started", "1.1 Getting Started", "1.2 Installation",
                "# Section 2: Guessing Game", "2.1 Guessing Game"), readingOrder());
        assertEquals("HonKit/GitBook SUMMARY.md", placed.plan().rule());
    }

    @Test
    void mkdocsNavWithDocsDirFoldersAndPythonTags() throws IOException {
        write("mkdocs.yml", """
                site_name: Tool Docs
                docs_dir: pages
                markdown_extensions:
                  - pymdownx.emoji:
                      emoji_index: !!python/name:material.extensions.emoji.twemoji
                      emoji_generator: !!python/name:material.extensions.emoji.to_svg
                extra:
                  key: !ENV [API_KEY, 'none']
                nav:
                  - Home: index.md
                  - 'User Guide': guide/
                  - About:
                    - about/license.md
                    - 'Release Notes': 'about/notes.md'
                  - 'GitHub': 'https://github.com/example/tool'
                """);
        write("pages/index.md", "# Welcome\n");
        write("pages/guide/README.md", "# User Guide\n\n- [Second](second.md)\n- [First](first.md)\n");
        write("pages/guide/first.md", "# First steps\n");
        write("pages/guide/second.md", "# Second steps\n");
        write("pages/guide/zeta.md", "# Zeta\n");
        write("pages/about/license.md", "# License\n");
        write("pages/about/notes.md", "# Notes\n");
        write("README.md", "# Repository readme\n");
        assertEquals(List.of("# Section 1: Home", "1.1 Home", "# Section 2: User Guide", "2.1 User Guide",
                "2.2 Second steps", "2.3 First steps", "2.4 Zeta", "# Section 3: About", "3.1 License",
                "3.2 Release Notes"), readingOrder());
        assertEquals(HeadingSlugs.PYTHON_MARKDOWN, placed.plan().slugs());
        assertEquals(Optional.of("Tool Docs"), CourseLayouts.title(root));
        assertEquals(List.of(), messages());
    }

    /** Each layout's own key for the course's language, as its tool reads it; a tag with _ is given with -. */
    @Test
    void theLanguageComesFromTheLayoutsOwnKey(@TempDir Path carpentries, @TempDir Path mdbook, @TempDir Path mkdocs,
            @TempDir Path numbered) throws IOException {
        Files.writeString(carpentries.resolve("config.yaml"), "title: 'Lecci\u00f3n'\nlang: 'es'\nepisodes:\n- a.md\n");
        Files.writeString(mdbook.resolve("book.toml"), "[book]\ntitle = \"Buch\"\nlanguage = \"de\"\n");
        Files.writeString(mdbook.resolve("SUMMARY.md"), "- [A](a.md)\n");
        Files.writeString(mkdocs.resolve("mkdocs.yml"), "site_name: Docs\ntheme:\n  name: material\n  language: pt_BR\n");
        Files.writeString(numbered.resolve("01-a.md"), "# A\n");
        assertEquals(Optional.of("es"), CourseLayouts.language(carpentries));
        assertEquals(Optional.of("de"), CourseLayouts.language(mdbook));
        assertEquals(Optional.of("pt-BR"), CourseLayouts.language(mkdocs));
        assertEquals(Optional.empty(), CourseLayouts.language(numbered));
        Files.writeString(mkdocs.resolve("mkdocs.yml"), "site_name: Docs\ntheme:\n  language: 'not a tag!'\n");
        assertEquals(Optional.empty(), CourseLayouts.language(mkdocs), "what is no BCP 47 tag is not a language");
    }

    @Test
    void numberedFoldersGiveSectionsAndLessonsInNaturalOrder() throws IOException {
        write("10-registries/01-push.md", "# Pushing images\n");
        write("03-containers/02-ecs.md", "# ECS\n");
        write("03-containers/10-fargate.md", "# Fargate\n");
        write("03-containers/index.md", "# About containers\n");
        write("03-containers/notes.md", "# Notes\n");
        write("README.md", "# Course\n");
        assertEquals(List.of("# Section 3: Containers", "3.0 About containers", "3.2 ECS", "3.10 Fargate",
                "# Section 10: Registries", "10.1 Pushing images"), readingOrder());
        assertEquals(List.of("03-containers/notes.md:1: has no place in the course: it seems to follow numbered paths"
                + " (03-containers/02-ecs.md is lesson 3.2), but 'notes.md' has no number prefix; rename it with one,"
                + " add 'section' and 'lesson' to its front matter, or exclude the file"), messages());
    }

    @Test
    void aFlatNumberedFolderIsOneSectionAndFrontMatterWinsWhereItSays() throws IOException {
        write("01-intro.md", "Welcome, no heading here.\n");
        write("02-setup.md", "---\ntitle: Setting up\n---\nText\n");
        write("2-extra.md", "---\ntitle: Placed by hand\nsection: 1\nlesson: 9\n---\nText\n");
        assertEquals(List.of("# Section 1: " + NumberedName.titleOf(root.getFileName().toString()).orElseThrow(),
                "1.1 Intro", "1.2 Setting up", "1.9 Placed by hand"), readingOrder());
        assertTrue(log.at("INFO").get(0).endsWith("1 file placed by front matter, which wins where it gives section"
                + " or lesson"), log.at("INFO").toString());
        assertEquals(List.of("01-intro.md:1: has no title: no 'title' in front matter and no heading; titled 'Intro'"
                + " from its file name. Add a '# Title' line or 'title: ...' front matter"), messages());
    }

    @Test
    void datesOfJekyllPostsAreNotNumbers() throws IOException {
        write("_posts/2024-05-01-intro.md", "# Intro\n");
        List<SourceFile> files = new LessonScanner(root, List.of("**/*.md"), List.of()).scan(problems);
        assertTrue(LessonPlacer.place(root, List.of(), files, problems, log).isEmpty());
    }
}
