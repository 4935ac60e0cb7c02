package io.github.studyguide.layout;

import io.github.studyguide.course.HeadingSlugs;
import io.github.studyguide.course.LinkForms;
import io.github.studyguide.diagnostics.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code SUMMARY.md} as mdBook and HonKit (GitBook) write it: a nested list of links in reading order. Headings
 * after the summary's own title are parts, and each part is a section; without parts, each top-level chapter is a
 * section that opens with its own page and goes on with the chapters nested under it. Links outside any list
 * (mdBook's prefix and suffix chapters) form a section of their own, titled with the first of them. Separators are
 * ignored; a draft chapter, {@code [Title]()}, has no page and is left out with a warning.
 *
 * <p>The summary is {@code SUMMARY.md} at the top, or in the folder {@code book.toml} names as its {@code src}
 * ({@code src/} by default).
 */
final class SummaryLayout implements CourseLayout {

    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("^\\[(.*)\\]\\(\\s*(\\S*?)\\s*(?:\"[^\"]*\")?\\s*\\)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern TOML_SRC = Pattern.compile("(?m)^\\s*src\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern TOML_TITLE = Pattern.compile("(?m)^\\s*title\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOML_LANGUAGE = Pattern.compile("(?m)^\\s*language\\s*=\\s*\"([^\"]*)\"");

    @Override
    public Optional<CoursePlan> plan(Path root, CourseFiles files, Problems problems) throws IOException {
        Optional<String> where = summaryPath(root);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        String summary = where.get();
        String folder = summary.contains("/") ? summary.substring(0, summary.lastIndexOf('/') + 1) : "";
        String text = LayoutFile.text(root, summary).orElseThrow();

        List<Builder> sections = new ArrayList<>();
        Builder current = null;
        boolean sawChapter = false;
        boolean sawList = false;
        boolean inPart = false;
        boolean sawHeading = false;
        Deque<Integer> indents = new ArrayDeque<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String raw = lines[i];
            Matcher heading = HEADING.matcher(raw);
            if (heading.matches()) {
                if (sawChapter || sawHeading) {
                    current = new Builder(LayoutLinks.plainTitle(heading.group(1)));
                    sections.add(current);
                    inPart = true;
                }
                sawHeading = true;
                continue; // the first heading, before any chapter, is the summary's own title
            }
            Matcher item = ITEM.matcher(raw);
            String entry;
            int level;
            if (item.matches()) {
                int indent = item.group(1).replace("\t", "    ").length();
                while (!indents.isEmpty() && indents.peek() > indent) {
                    indents.pop();
                }
                if (indents.isEmpty() || indents.peek() < indent) {
                    indents.push(indent);
                }
                level = indents.size() - 1;
                entry = item.group(2).trim();
                sawList = true;
            } else {
                level = -1; // a prefix or suffix chapter
                entry = raw.trim();
            }
            Matcher link = LINK.matcher(entry);
            if (!link.matches()) {
                continue; // separators, blank lines, text
            }
            String title = LayoutLinks.plainTitle(link.group(1));
            String target = link.group(2);
            if (level == 0 && !inPart) {
                current = new Builder(title);
                sections.add(current);
            } else if (level < 0 && (current == null || current.kind != (sawList ? Kind.SUFFIX : Kind.PREFIX))) {
                current = new Builder(title);
                current.kind = sawList ? Kind.SUFFIX : Kind.PREFIX;
                sections.add(current);
                inPart = false;
            } else if (current == null) {
                current = new Builder(title);
                sections.add(current);
            }
            sawChapter = true;
            if (target.isEmpty()) {
                problems.warning(summary, line, "'" + title + "' is a draft chapter (no file in its link), so the"
                        + " guide leaves it out; link it to a file to include it");
                continue;
            }
            if (LayoutLinks.isRemote(target)) {
                problems.warning(summary, line, "'" + title + "' links to " + target + ", a web page, which the guide"
                        + " leaves out");
                continue;
            }
            Optional<String> path = LayoutLinks.resolve(folder, target);
            if (path.isEmpty() || !files.contains(path.get())) {
                problems.warning(summary, line, "'" + title + "' links to " + target + ", which is not a Markdown"
                        + " file of the course (or is excluded); the guide leaves it out. Fix the link or create the"
                        + " file");
                continue;
            }
            current.add(path.get(), title);
        }
        List<PlannedSection> planned = new ArrayList<>();
        for (Builder section : sections) {
            if (!section.lessons.isEmpty()) {
                planned.add(new PlannedSection(planned.size() + 1, section.title, section.lessons));
            }
        }
        TreeMap<String, String> leftOut = new TreeMap<>();
        leftOut.put(summary, "the summary itself");
        return Optional.of(new CoursePlan(rule(root, summary), title(root), planned, leftOut, HeadingSlugs.GITHUB, LinkForms.MDBOOK));
    }

    @Override
    public Optional<String> title(Path root) throws IOException {
        return LayoutFile.text(root, "book.toml").flatMap(toml -> {
            Matcher title = TOML_TITLE.matcher(toml);
            return title.find() ? Optional.of(title.group(1).replace("\\\"", "\"")) : Optional.empty();
        });
    }

    /** {@code book.toml}'s {@code language} (mdBook's {@code [book]} table). */
    @Override
    public Optional<String> language(Path root) throws IOException {
        return LayoutFile.text(root, "book.toml").flatMap(toml -> {
            Matcher language = TOML_LANGUAGE.matcher(toml);
            return language.find() ? Optional.of(language.group(1)) : Optional.empty();
        });
    }

    private static String rule(Path root, String summary) throws IOException {
        return (LayoutFile.text(root, "book.toml").isPresent() ? "mdBook " : "HonKit/GitBook ") + summary;
    }

    /** {@code SUMMARY.md} at the top, else in {@code book.toml}'s {@code src} folder ({@code src} by default). */
    private static Optional<String> summaryPath(Path root) throws IOException {
        if (LayoutFile.text(root, "SUMMARY.md").isPresent()) {
            return Optional.of("SUMMARY.md");
        }
        String src = LayoutFile.text(root, "book.toml").map(toml -> {
            Matcher matcher = TOML_SRC.matcher(toml);
            return matcher.find() ? matcher.group(1) : "src";
        }).orElse("src");
        Optional<String> folder = LayoutLinks.resolve("", src + "/SUMMARY.md");
        return folder.isPresent() && LayoutFile.text(root, folder.get()).isPresent() ? folder : Optional.empty();
    }

    private enum Kind { CHAPTERS, PREFIX, SUFFIX }

    private static final class Builder {
        final String title;
        final List<PlannedLesson> lessons = new ArrayList<>();
        Kind kind = Kind.CHAPTERS;

        Builder(String title) {
            this.title = title;
        }

        void add(String path, String title) {
            lessons.add(new PlannedLesson(path, lessons.size() + 1, 0, Optional.of(title)));
        }
    }
}
