package io.github.studyguide.check;

import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.course.LinkForms;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.internal.Text;
import io.github.studyguide.refs.ImageVerdicts;
import io.github.studyguide.refs.ReferenceResolver;
import io.github.studyguide.refs.ReferenceResolver.Invalid;
import io.github.studyguide.refs.ReferenceResolver.LinkedOutside;
import io.github.studyguide.refs.ReferenceResolver.Local;
import io.github.studyguide.refs.ReferenceResolver.Outside;
import io.github.studyguide.refs.ReferenceResolver.Resolution;
import io.github.studyguide.refs.ReferenceResolver.SamePage;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.render.RenderedSection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks what lessons refer to, without rendering anything: links to other lessons and their headings, local
 * images, comments that look like a misspelled directive, and quiz questions without a clear answer. A target
 * outside the lesson folder, written so ({@code ../}) or reached through a symbolic link, is a warning: the build
 * never reads there, and the guides keep the link's text or the image's alt text instead. A target that is
 * missing is a warning too.
 */
public final class CourseChecker {

    private final Path sourceDirectory;
    private final ReferenceResolver resolver;
    private final boolean forPdf;
    private final ImageVerdicts images;
    private final ConfiguredFonts fonts;

    /**
     * @param sourceDirectory the lesson folder
     * @param forPdf whether a PDF will be written, so that characters its font cannot draw deserve a warning
     */
    public CourseChecker(Path sourceDirectory, boolean forPdf) {
        this(sourceDirectory, forPdf, new ImageVerdicts());
    }

    /** As the other constructor, with the images' verdicts shared with the build's renderer. */
    public CourseChecker(Path sourceDirectory, boolean forPdf, ImageVerdicts images) {
        this(sourceDirectory, forPdf, images, LinkForms.FILES, ConfiguredFonts.NONE);
    }

    /**
     * As the other constructors, reading links as the course's own tool does, and with the author's fonts: a
     * character one of them has is drawn, and DejaVu Sans then stands behind code too.
     */
    public CourseChecker(Path sourceDirectory, boolean forPdf, ImageVerdicts images, LinkForms links,
            ConfiguredFonts fonts) {
        this.fonts = fonts;
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.resolver = new ReferenceResolver(sourceDirectory, links);
        this.forPdf = forPdf;
        this.images = images;
    }

    public void check(RenderedCourse course, Problems problems) {
        Map<Path, Page> pages = new HashMap<>();
        for (RenderedSection section : course.sections()) {
            section.section().page().ifPresent(page -> pages.put(normalize(page.source().path()),
                    new Page(page.relativePath(), section.openingFacts())));
            for (RenderedLesson lesson : section.lessons()) {
                pages.put(normalize(lesson.lesson().file().source().path()),
                        new Page(lesson.lesson().relativePath(), lesson.facts()));
                checkDeclaredQuiz(lesson, problems);
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
        for (LessonFacts.Reference image : page.facts().imagesWithoutAlt()) {
            problems.warning(page.file(), image.line(), ImageAlt.missing(image.target()));
        }
        for (LessonFacts.Reference link : page.facts().links()) {
            checkLink(path, page, link, pages, problems);
        }
        for (LessonFacts.Question question : page.facts().questions()) {
            checkQuestion(page.file(), question, problems);
        }
        page.facts().warnings().forEach(warning -> problems.warning(page.file(), warning.line(), warning.target()));
        if (forPdf) {
            for (LessonFacts.Reference characters : page.facts().unprintable()) {
                String missing = stillMissing(characters.target());
                if (!missing.isEmpty()) {
                    problems.warning(page.file(), characters.line(), unprintable(missing, fonts.isEmpty()));
                }
            }
        }
    }

    /**
     * The characters no font of the PDF has: those the lesson's facts name (which DejaVu lacks) less those the
     * author's fonts have. With any font configured, code falls back to DejaVu Sans too, which has more symbols than
     * DejaVu Sans Mono.
     */
    private String stillMissing(String characters) {
        if (fonts.isEmpty()) {
            return characters;
        }
        StringBuilder missing = new StringBuilder();
        characters.codePoints().filter(c -> !fonts.covers(c) && !FontCoverage.TEXT.covers(c))
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** Names the first few characters the PDF's fonts lack, with their code points, and says what to do. */
    private static String unprintable(String characters, boolean shippedFontsOnly) {
        int[] codePoints = characters.codePoints().toArray();
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < Math.min(3, codePoints.length); i++) {
            named.append(i == 0 ? "" : ", ").append(Character.toString(codePoints[i]))
                    .append(String.format(" (U+%04X)", codePoints[i]));
        }
        if (codePoints.length > 3) {
            named.append(" and ").append(Text.count(codePoints.length - 3, "more character"));
        }
        if (shippedFontsOnly) {
            return "the PDF's font has no glyph for " + named + ", first on this line, so the PDF prints # for each;"
                    + " DejaVu Sans covers Latin, Greek, Cyrillic and many symbols, not Chinese, Japanese, Korean or"
                    + " emoji (the EPUB leaves them to the reader's fonts); add a font that has them with the"
                    + " plugin's fonts parameter (codeFonts for code)";
        }
        return "none of the PDF's fonts has a glyph for " + named + ", first on this line, so the PDF prints # for"
                + " each; add a font that has them to the plugin's fonts parameter (codeFonts for code)";
    }

    /** A lesson that says {@code quiz: true} but has no question the guides can show as one. */
    private static void checkDeclaredQuiz(RenderedLesson lesson, Problems problems) {
        if (lesson.lesson().isDeclaredQuiz() && lesson.facts().questions().isEmpty()) {
            int line = lesson.lesson().file().frontMatter().line(Lesson.QUIZ_KEY);
            problems.warning(lesson.lesson().relativePath(), line, "says quiz: true but has no"
                    + " question; write each one as a heading \"Question 1: ...\" followed by a list of its options");
        }
    }

    /**
     * A question needs one option marked "Correct:", or several when its wording says how many to pick: the
     * answer key cannot guess which the author meant.
     */
    private static void checkQuestion(String file, LessonFacts.Question question, Problems problems) {
        if (question.correctOptions() == 0) {
            problems.warning(file, question.line(), question.label() + " marks no option as correct; start the"
                    + " sub-item under the right option with \"Correct:\"");
        } else if (question.correctOptions() > 1 && !question.asksForSeveral()) {
            problems.warning(file, question.line(), question.label() + " marks " + question.correctOptions()
                    + " options as correct but does not say how many to choose; say so in the question"
                    + " (\"Select two\") or mark only one option \"Correct:\"");
        }
    }

    private void checkImage(Path lesson, String file, LessonFacts.Reference image, Problems problems) {
        String target = image.target().trim();
        if (target.isEmpty() || target.startsWith("data:")) {
            return;
        }
        Resolution resolution = resolver.resolve(lesson, target);
        if (resolution instanceof ReferenceResolver.Remote) {
            problems.warning(file, image.line(), "image " + target + " is on the network and is not fetched;"
                    + " the guides show its alt text. Save the image next to the lesson to include it");
        } else if (resolution instanceof Local local) {
            if (!Files.isRegularFile(local.path())) {
                problems.warning(file, image.line(), "image " + target + " does not exist; check the path, which is"
                        + " relative to the lesson (or to the lesson folder when it starts with /)");
            } else {
                images.problem(local.path()).ifPresent(problem -> problems.warning(file, image.line(),
                        "image " + target + " " + problem + "; until then the guides show its alt text"));
            }
        } else {
            reportUnusable(resolution, file, image, "image", problems);
        }
    }

    private void checkLink(Path lesson, Page page, LessonFacts.Reference link, Map<Path, Page> pages, Problems problems) {
        String target = link.target().trim();
        if (target.isEmpty()) {
            return;
        }
        Resolution resolution = resolver.resolve(lesson, target);
        if (resolution instanceof SamePage same) {
            if (!same.fragment().isEmpty() && !page.facts().anchors().contains(same.fragment())) {
                problems.warning(page.file(), link.line(), "link #" + same.fragment() + " points to no heading in this"
                        + " lesson; check the heading's spelling; until then the guides keep only the link's text");
            }
        } else if (resolution instanceof Local local) {
            Page linked = pages.get(local.path());
            if (linked == null) {
                if (ReferenceResolver.isMarkdown(local.path())) {
                    problems.warning(page.file(), link.line(), "link " + target + " points to no lesson of"
                            + " this guide; check the file name");
                } else if (!Files.exists(local.path())) {
                    problems.warning(page.file(), link.line(), "link " + target + " points to a file that"
                            + " does not exist");
                }
            } else if (!local.fragment().isEmpty() && !linked.facts().anchors().contains(local.fragment())) {
                problems.warning(page.file(), link.line(), "link " + target + " points to no heading in "
                        + linked.file() + "; check the part after #");
            }
        } else {
            reportUnusable(resolution, page.file(), link, "link", problems);
        }
    }

    private void reportUnusable(Resolution resolution, String file, LessonFacts.Reference reference, String kind,
            Problems problems) {
        if (resolution instanceof Outside) {
            // A warning, not an error: nothing is read there either way, and the guides fall back as for a link
            // that leads out (Carpentries episodes link ../learners/ pages as a matter of course).
            problems.warning(file, reference.line(), kind + " " + reference.target() + " points outside the lesson"
                    + " folder, which the build never reads; move the file into " + sourceDirectory
                    + (kind.equals("image") ? "; until then the guides show its alt text"
                    : "; until then the guides keep only the link's text"));
        } else if (resolution instanceof LinkedOutside linked) {
            problems.warning(file, reference.line(), kind + " " + reference.target() + " goes through a link to "
                    + linked.target() + ", outside the lesson folder, which the build never reads; copy the file"
                    + " into " + sourceDirectory + (kind.equals("image") ? "; until then the guides show its alt text"
                    : "; until then the guides keep only the link's text"));
        } else if (resolution instanceof Invalid) {
            problems.warning(file, reference.line(), kind + " " + reference.target() + " is not a valid path");
        }
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private record Page(String file, LessonFacts facts) {
    }
}
