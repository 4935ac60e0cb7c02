package io.github.studyguide.check;

import io.github.studyguide.Problems;
import io.github.studyguide.html.LessonFacts;
import io.github.studyguide.html.RenderedCourse;
import io.github.studyguide.html.RenderedLesson;
import io.github.studyguide.html.RenderedSection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what lessons refer to, without rendering anything: links to other lessons and their headings, local
 * images, and comments that look like a misspelled directive. A target outside the lesson folder is an error (the
 * build never reads there); a target that is missing is a warning.
 */
public final class CourseChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path sourceDirectory;

    public CourseChecker(Path sourceDirectory) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
    }

    public void check(RenderedCourse course, Problems problems) {
        Map<Path, Page> pages = new HashMap<>();
        for (RenderedSection section : course.sections()) {
            section.section().page().ifPresent(page -> pages.put(normalize(page.source().path()),
                    new Page(page.relativePath(), section.openingFacts())));
            for (RenderedLesson lesson : section.lessons()) {
                pages.put(normalize(lesson.lesson().file().source().path()),
                        new Page(lesson.lesson().relativePath(), lesson.facts()));
            }
        }
        pages.forEach((path, page) -> checkPage(path, page, pages, problems));
    }

    private void checkPage(Path path, Page page, Map<Path, Page> pages, Problems problems) {
        for (LessonFacts.Reference comment : page.facts().comments()) {
            DirectiveSpelling.suggestionFor(comment.target()).ifPresent(directive ->
                    problems.warning(page.file(), comment.line(), "<!-- " + comment.target() + " --> is not a"
                            + " directive and is dropped; did you mean <!-- " + directive + " -->?"));
        }
        for (LessonFacts.Reference image : page.facts().images()) {
            checkImage(path, page.file(), image, problems);
        }
        for (LessonFacts.Reference link : page.facts().links()) {
            checkLink(path, page, link, pages, problems);
        }
    }

    private void checkImage(Path lesson, String file, LessonFacts.Reference image, Problems problems) {
        String target = image.target().trim();
        if (target.isEmpty() || target.startsWith("data:")) {
            return;
        }
        if (isRemote(target)) {
            problems.warning(file, image.line(), "image " + target + " is on the network and is not fetched;"
                    + " the guides show its alt text. Save the image next to the lesson to include it");
            return;
        }
        resolveLocal(lesson, file, image, "image", problems).ifPresent(resolved -> {
            if (!Files.isRegularFile(resolved)) {
                problems.warning(file, image.line(), "image " + target + " does not exist; check the path, which is"
                        + " relative to the lesson (or to the lesson folder when it starts with /)");
            }
        });
    }

    private void checkLink(Path lesson, Page page, LessonFacts.Reference link, Map<Path, Page> pages, Problems problems) {
        String target = link.target().trim();
        if (target.isEmpty() || isRemote(target)) {
            return;
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        if (pathPart.isEmpty()) {
            if (!fragment.isEmpty() && !page.facts().anchors().contains(fragment)) {
                problems.warning(page.file(), link.line(), "link #" + fragment + " points to no heading in this"
                        + " lesson; check the heading's spelling");
            }
            return;
        }
        resolveLocal(lesson, page.file(), new LessonFacts.Reference(pathPart, link.line()), "link", problems)
                .ifPresent(resolved -> {
                    Page linked = pages.get(resolved);
                    if (linked == null) {
                        if (isMarkdown(pathPart)) {
                            problems.warning(page.file(), link.line(), "link " + target + " points to no lesson of"
                                    + " this guide; check the file name");
                        } else if (!Files.exists(resolved)) {
                            problems.warning(page.file(), link.line(), "link " + target + " points to a file that"
                                    + " does not exist");
                        }
                    } else if (!fragment.isEmpty() && !linked.facts().anchors().contains(fragment)) {
                        problems.warning(page.file(), link.line(), "link " + target + " points to no heading in "
                                + linked.file() + "; check the part after #");
                    }
                });
    }

    /** Resolves a local reference as Jekyll does: relative to the lesson, or to the lesson folder when it starts with /. */
    private Optional<Path> resolveLocal(Path lesson, String file, LessonFacts.Reference reference, String kind,
            Problems problems) {
        String path = reference.target();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path resolved;
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            resolved = decoded.startsWith("/")
                    ? sourceDirectory.resolve(decoded.substring(1)).normalize()
                    : lesson.getParent().resolve(decoded).normalize();
        } catch (IllegalArgumentException e) { // a bad %-escape, or a path the file system rejects
            problems.warning(file, reference.line(), kind + " " + reference.target() + " is not a valid path");
            return Optional.empty();
        }
        if (!resolved.startsWith(sourceDirectory)) {
            problems.error(file, reference.line(), kind + " " + reference.target() + " points outside the lesson"
                    + " folder, which the build never reads; move the file into " + sourceDirectory);
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    private static boolean isRemote(String target) {
        return target.startsWith("//") || SCHEME.matcher(target).find();
    }

    private static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private record Page(String file, LessonFacts facts) {
    }
}
