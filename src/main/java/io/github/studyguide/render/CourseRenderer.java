package io.github.studyguide.render;

import com.vladsch.flexmark.util.ast.Document;
import io.github.studyguide.QuizAnswers;
import io.github.studyguide.aids.AnswerKey;
import io.github.studyguide.aids.Appendix;
import io.github.studyguide.aids.CramSheet;
import io.github.studyguide.aids.QuizFinder;
import io.github.studyguide.aids.StudyAidOptions;
import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.check.LessonFactsCollector;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.course.Section;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.incremental.FileStates;
import io.github.studyguide.incremental.LessonCache;
import io.github.studyguide.internal.ContentHash;
import io.github.studyguide.internal.Futures;
import io.github.studyguide.markdown.ContainerDepth;
import io.github.studyguide.markdown.MarkdownRenderer;
import io.github.studyguide.refs.ImageVerdicts;
import io.github.studyguide.refs.LessonReferences;
import io.github.studyguide.refs.ReferenceResolver;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.xhtml.XhtmlNormalizer;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Renders lessons and section pages to XHTML fragments. Each lesson is parsed once, yielding both its
 * {@link LessonFacts} for the checks and its fragment, and is rendered on its own with ids prefixed by its anchor,
 * so lessons can be rendered in parallel and any section can be rendered without the others. Thread-safe.
 */
public final class CourseRenderer {

    /**
     * Deeper nesting than any real lesson has; beyond it, rendering and PDF layout (both recursive) could overflow
     * the stack, so such a lesson is reported instead of rendered.
     */
    public static final int MAX_NESTING = 100;

    /** The comment that starts a new page: {@code <!-- pagebreak -->}. */
    public static final String PAGE_BREAK_DIRECTIVE = "pagebreak";

    /** Sections are h1 and lessons h2 in the guide; a lesson's own headings start below. */
    private static final int SECTION_LEVEL = 1;
    private static final int LESSON_LEVEL = 2;

    private final MarkdownRenderer markdown;
    private final Course course;
    private final RenderOptions options;
    private final ReferenceResolver resolver;
    private final ImageVerdicts images;
    private final Map<Path, String> anchors;
    private final LessonCache cache;
    /** The states of the files lessons refer to, which decide whether a kept lesson still holds. */
    private final FileStates files;
    /** The hash of what decides a rendered lesson besides the lesson itself, for the cache key. */
    private final String renderSalt;
    private final XhtmlNormalizer normalizer;
    private final LessonFactsCollector facts;

    private static final LessonFacts NO_FACTS = new LessonFacts(Set.of(), List.of(), List.of(), List.of(), 0, List.of(), List.of());

    /**
     * @param course the course to render: links between its lessons become links within the guide
     * @param sourceDirectory the lesson folder, against which links and images resolve
     * @param options numbering and the appendices to add
     */
    public CourseRenderer(Course course, Path sourceDirectory, RenderOptions options) {
        this(course, sourceDirectory, options, LessonCache.NONE, new ImageVerdicts());
    }

    /**
     * As the other constructor, reading back the lessons that did not change since the last build from
     * {@code cache}, and keeping the others there; {@code images} is shared with the build's checks.
     */
    public CourseRenderer(Course course, Path sourceDirectory, RenderOptions options, LessonCache cache,
            ImageVerdicts images) {
        this.course = course;
        this.options = options;
        this.normalizer = new XhtmlNormalizer(options.labels());
        this.cache = cache;
        this.files = cache == LessonCache.NONE ? FileStates.NONE : FileStates.of(sourceDirectory);
        this.images = images;
        this.markdown = new MarkdownRenderer(course.slugs());
        this.facts = new LessonFactsCollector(markdown);
        this.resolver = new ReferenceResolver(sourceDirectory, course.links());
        Map<Path, String> byPath = new HashMap<>();
        // What links resolve to, by file name relative to the lesson folder: rendered lessons name nothing by its
        // absolute location, so neither does their key, and the cache outlives a move of the project.
        SortedMap<String, String> byName = new TreeMap<>();
        for (Section section : course.sections()) {
            section.page().ifPresent(page -> {
                byPath.put(normalize(page.source().path()), section.anchorId());
                byName.put(page.source().relativePath(), section.anchorId());
            });
            for (Lesson lesson : section.lessons()) {
                byPath.put(normalize(lesson.file().source().path()), lesson.anchorId());
                byName.put(lesson.file().source().relativePath(), lesson.anchorId());
            }
        }
        this.anchors = Map.copyOf(byPath);
        StringBuilder salt = new StringBuilder("numbering=").append(options.numbering())
                .append(" slugs=").append(course.slugs()).append(" links=").append(course.links())
                .append(" quizAnswers=").append(options.quizAnswers())
                .append(" instructorEdition=").append(options.instructorEdition())
                .append(" labels=").append(options.labels().fingerprint());
        byName.forEach((name, anchor) -> salt.append('\n').append(name).append('=').append(anchor));
        // Hashed once: it names every lesson, and hashing it again for each lesson's key grew with the square of
        // the course.
        this.renderSalt = ContentHash.of(List.of(salt.toString()));
    }

    /** Renders the whole course, spreading lessons over {@code threads} threads. */
    public RenderedCourse render(int threads, Problems problems) {
        RenderedCourse rendered = Futures.inPool(threads, () -> assemble(course,
                section -> opening(section, problems),
                lesson -> renderLesson(lesson, problems)));
        List<Appendix> appendices = new ArrayList<>();
        if (options.placement() == QuizAnswers.BOOK_END) {
            AnswerKey.forBook(rendered.sections(), options.labels()).ifPresent(appendices::add);
        }
        if (options.examTips()) {
            CramSheet.of(rendered.sections(), options.labels()).ifPresent(appendices::add);
        }
        CramSheet.keyPoints(rendered.sections(), options.labels()).ifPresent(appendices::add);
        return new RenderedCourse(rendered.sections(), appendices);
    }

    /** Collects the facts of every lesson and section page without rendering: what the check goal needs. */
    public RenderedCourse analyze(int threads, Problems problems) {
        return Futures.inPool(threads, () -> assemble(course,
                section -> new Processed("", section.page().map(page -> parse(page, problems).facts()).orElse(NO_FACTS)),
                lesson -> new RenderedLesson(lesson, "", cache.facts(cache.factsKey(factsText(lesson.file())))
                        .orElseGet(() -> parse(lesson.file(), problems).facts()))));
    }

    /**
     * Processes all lessons of all sections as one parallel stream, so that threads never wait at the end of a
     * section, then puts them back in their sections.
     */
    private RenderedCourse assemble(Course course, Function<Section, Processed> openings,
            Function<Lesson, RenderedLesson> lessons) {
        List<Processed> opened = course.sections().parallelStream().map(openings).toList();
        List<RenderedLesson> done = course.sections().stream().flatMap(section -> section.lessons().stream())
                .toList().parallelStream().map(lessons).toList();
        List<RenderedSection> sections = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < course.sections().size(); i++) {
            Section section = course.sections().get(i);
            List<RenderedLesson> sectionLessons = done.subList(next, next + section.lessons().size());
            next += section.lessons().size();
            String answerKey = options.placement() == QuizAnswers.SECTION_END
                    ? AnswerKey.forSection(section.anchorId(), sectionLessons, options.labels()) : "";
            sections.add(new RenderedSection(section, opened.get(i).xhtml(), opened.get(i).facts(), sectionLessons,
                    answerKey));
        }
        return new RenderedCourse(sections, List.of());
    }

    /** The section's title heading and the body of its section page, if it has one. */
    private Processed opening(Section section, Problems problems) {
        Element heading = heading(SECTION_LEVEL, section.anchorId(), "section-title", section.heading(options.labels()));
        UnaryOperator<String> normalize =
                html -> normalizer.normalize(html, section.anchorId(), heading, section.title(), LESSON_LEVEL,
                        references(section.page().map(page -> page.source().path()).orElse(resolver.root())), false,
                        QuizAnswers.INLINE).xhtml();
        if (section.page().isEmpty()) {
            return new Processed(normalize.apply(""), NO_FACTS);
        }
        ParsedFile page = section.page().get();
        Parsed parsed = parse(page, problems);
        return new Processed(renderHtml(page, parsed, problems).map(normalize).orElse(""), parsed.facts());
    }

    private RenderedLesson renderLesson(Lesson lesson, Problems problems) {
        String key = cache.key(renderSalt, lesson);
        String factsKey = cache.factsKey(factsText(lesson.file()));
        Optional<RenderedLesson> cached = cache.facts(factsKey).flatMap(facts -> cache.get(key, lesson, facts, files));
        if (cached.isPresent()) {
            return cached.get();
        }
        Parsed parsed = parse(lesson.file(), problems);
        String title = lesson.displayTitle(options.numbering(), parsed.facts().isQuiz(), options.labels());
        Element heading = heading(LESSON_LEVEL, lesson.anchorId(), "lesson-title", title);
        if (lesson.isHandsOn()) {
            heading.addClass("hands-on");
        } else if (parsed.facts().isQuiz()) {
            heading.addClass("quiz-title");
        }
        Optional<String> html = renderHtml(lesson.file(), parsed, problems);
        if (html.isEmpty()) {
            return new RenderedLesson(lesson, "", parsed.facts(), List.of(), List.of(), title, List.of(), List.of(),
                    List.of());
        }
        // Exercises are numbered after their lesson, "Exercise 7.2.1", where lesson titles show "7.2".
        StudyAidOptions aids = new StudyAidOptions(options.quizAnswers(), options.instructorEdition(),
                options.numbering() ? lesson.label() : "", options.labels());
        // Every file the references consult is recorded, so that the kept lesson is used only while they stay as
        // they are: an edited image renders again only the lessons that show it.
        FileStates.Recording consulted = files.recording();
        XhtmlNormalizer.Normalized normalized = normalizer.normalize(html.get(), lesson.anchorId(), heading,
                lesson.title(), LESSON_LEVEL + 1, new LessonReferences(resolver, images, anchors,
                        lesson.file().source().path(), consulted), lesson.isHandsOn(), aids);
        RenderedLesson rendered = new RenderedLesson(lesson, normalized.xhtml(), parsed.facts(),
                normalized.examTips(), normalized.quizAnswers(), title, normalized.examTipHeadings(),
                normalized.exercises(), normalized.keyPoints());
        cache.putFacts(factsKey, parsed.facts());
        cache.put(key, rendered, consulted.states());
        return rendered;
    }

    /**
     * What decides a file's facts: its text, and what the course's layout makes of it (heading ids by its tool's
     * rules; the first heading taken out of the body when it is the lesson's title).
     */
    private String factsText(ParsedFile file) {
        String text = file.source().text();
        boolean sameBody = text.endsWith(file.body());
        return course.slugs() + " " + course.links() + (sameBody ? "\n" : " body\n" + file.body() + "\n") + text;
    }

    /**
     * Parses a file and collects its facts. Input nested so deeply that the (recursive) parser would overflow the
     * stack, or that layout could, is reported as an error in that file instead, and leaves no document to render.
     */
    private Parsed parse(ParsedFile file, Problems problems) {
        OptionalInt tooDeep = ContainerDepth.firstLineDeeperThan(file.body(), MAX_NESTING);
        if (tooDeep.isPresent()) {
            // Before parsing: flexmark takes minutes over lists nested thousands deep.
            problems.error(file.relativePath(), file.frontMatter().bodyLine() + tooDeep.getAsInt(), "nests lists or"
                    + " quotes more than " + MAX_NESTING + " levels deep on this line; at most " + MAX_NESTING
                    + " are supported, so flatten the deepest part");
            return new Parsed(null, NO_FACTS);
        }
        try {
            Document document = markdown.parse(file.body());
            LessonFacts lessonFacts = facts.collect(document, file.frontMatter().bodyLine(),
                    QuizFinder.declaredQuiz(file.frontMatter()));
            if (lessonFacts.nestingDepth() > MAX_NESTING) {
                problems.error(file.relativePath(), 0, "nests lists, quotes or emphasis " + lessonFacts.nestingDepth()
                        + " levels deep; at most " + MAX_NESTING + " are supported, so flatten the deepest part");
                return new Parsed(null, lessonFacts);
            }
            return new Parsed(document, lessonFacts);
        } catch (StackOverflowError e) {
            reportTooDeep(file, problems);
            return new Parsed(null, NO_FACTS);
        }
    }

    /** The file's HTML, or empty when it could not be parsed or is nested too deeply to render. */
    private Optional<String> renderHtml(ParsedFile file, Parsed parsed, Problems problems) {
        if (parsed.document() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(markdown.render(parsed.document()));
        } catch (StackOverflowError e) {
            reportTooDeep(file, problems);
            return Optional.empty();
        }
    }

    private static void reportTooDeep(ParsedFile file, Problems problems) {
        problems.error(file.relativePath(), 0, "nests lists, quotes or emphasis too deeply to read; at most "
                + MAX_NESTING + " levels are supported, so flatten the deepest part");
    }

    private LessonReferences references(Path file) {
        return new LessonReferences(resolver, images, anchors, file);
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private record Processed(String xhtml, LessonFacts facts) {
    }

    /** A parsed file: its document, or {@code null} when it cannot be rendered, and its facts. */
    private record Parsed(Document document, LessonFacts facts) {
    }

    private static Element heading(int level, String id, String cssClass, String text) {
        return new Element("h" + level).id(id).addClass(cssClass).text(text);
    }
}
