package io.github.studyguide.xhtml;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.aids.ExamTips;
import io.github.studyguide.aids.Exercise;
import io.github.studyguide.aids.Exercises;
import io.github.studyguide.aids.HandsOnSteps;
import io.github.studyguide.aids.InstructorNotes;
import io.github.studyguide.aids.KeyPoints;
import io.github.studyguide.aids.LessonOpening;
import io.github.studyguide.aids.QuizAnswer;
import io.github.studyguide.aids.QuizFinder;
import io.github.studyguide.aids.QuizMarkup;
import io.github.studyguide.aids.StudyAidForms;
import io.github.studyguide.aids.StudyAidOptions;
import io.github.studyguide.callouts.DivLooks;
import io.github.studyguide.callouts.GithubAlerts;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.math.FormulaImages;
import io.github.studyguide.math.FormulaRenderer;
import io.github.studyguide.refs.ImagePlaceholder;
import io.github.studyguide.refs.LessonReferences;
import io.github.studyguide.render.CourseRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of one lesson into a well-formed XHTML fragment that both writers can embed: openhtmltopdf parses
 * strict XML (an {@code &nbsp;} entity breaks it) and EPUB content documents are XHTML.
 *
 * <p>On the way it gives every id the lesson's prefix, so that ids are unique across the whole guide while each
 * lesson is rendered on its own; turns {@code <!-- pagebreak -->} into a page-break element and drops other
 * comments; and places the lesson's headings below its title, without skipping a level.
 */
public final class XhtmlNormalizer {

    /** Marks the links written as {@code #fragment}, in the lesson itself, until their ids are prefixed. */
    private static final String SAME_PAGE = "studyguide-same-page";

    /** A word longer than a narrow column holds. */
    private static final Pattern LONG_WORD = Pattern.compile("\\S{25,}");

    /** Elements that may hold a block-level page break; inside anything else the break moves after the block. */
    private static final Set<String> FLOW_CONTAINERS = Set.of("body", "div", "li", "blockquote", "dd", "td", "th");

    /** Elements that must never reach a PDF or an e-reader, removed with everything inside them. */
    private static final String UNSAFE_ELEMENTS = "script, iframe, frame, frameset, object, embed, applet, form, input,"
            + " select, textarea, button, style, link, meta, base, noscript, template, svg, math, video, audio, canvas";

    /** The words the normalizer adds itself (call-out titles, what stands for a missing image). */
    private final Labels labels;

    /** A normalizer that adds its words in English. */
    public XhtmlNormalizer() {
        this(Labels.english());
    }

    /** A normalizer that adds its words in the guide's language. */
    public XhtmlNormalizer(Labels labels) {
        this.labels = labels;
    }

    /**
     * Normalizes one lesson or section page.
     *
     * @param html the HTML from the Markdown renderer
     * @param idPrefix prefix for every id and in-page link, unique to the lesson
     * @param titleHeading the heading that opens the fragment (the lesson's title), already built by the caller
     * @param title the plain title; a first body heading that repeats it is dropped, since authors often open the
     *     body with the title again
     * @param firstBodyHeadingLevel the level the body's top headings are moved to
     * @param references resolves the lesson's links and images
     * @param handsOn whether the lesson is a hands-on guide, whose lists of steps are marked as such
     * @param quizAnswers where the answers of the quiz questions {@link QuizFinder} marked go
     * @return the XHTML fragment (the title heading followed by the body) and the answers taken out of it
     */
    public Normalized normalize(String html, String idPrefix, Element titleHeading, String title, int firstBodyHeadingLevel,
            LessonReferences references, boolean handsOn, QuizAnswers quizAnswers) {
        return normalize(html, idPrefix, titleHeading, title, firstBodyHeadingLevel, references, handsOn,
                StudyAidOptions.of(quizAnswers));
    }

    /**
     * As the other {@code normalize}, laying out the study aids (quiz answers, exercises and their solutions, key
     * points, objectives, instructor notes) as {@code aids} says.
     */
    public Normalized normalize(String html, String idPrefix, Element titleHeading, String title, int firstBodyHeadingLevel,
            LessonReferences references, boolean handsOn, StudyAidOptions aids) {
        if (html.isBlank()) {
            // A section without a page of its own, one for every section of many courses: the heading alone, without
            // walking an empty document a dozen times.
            Document doc = Document.createShell("");
            doc.body().appendChild(titleHeading);
            return new Normalized(xhtml(doc), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Labels labels = aids.labels();
        Document doc = Jsoup.parseBodyFragment(html);
        Element body = doc.body();
        replaceTaskCheckboxes(body);
        removeUnsafeContent(body);
        CodeInfoAttributes.apply(body);
        highlightCode(body);
        replaceComments(body);
        resolveReferences(body, references, labels);
        // Before the vocabulary drops the data- attributes that carry call-out kinds, titles and captions.
        GithubAlerts.mark(body);
        DivLooks.apply(body, labels);
        StudyAidForms.mark(body);
        ImageSizes.apply(body);
        ImplicitFigures.mark(body);
        doc = XhtmlVocabulary.reduce(doc);
        body = doc.body();
        markLongWordsInTables(body);
        prefixIds(body, idPrefix);
        dropRepeatedTitle(body, title);
        shiftHeadings(body, firstBodyHeadingLevel);
        // After the sanitizing above, which would drop the drawings' data: images.
        FormulaImages.replace(body, FormulaRenderer.shared());
        ExamTips.mark(body);
        if (handsOn) {
            HandsOnSteps.mark(body);
        }
        // Instructor notes first: what a note holds never reaches the student's guide, nor its appendices.
        InstructorNotes.apply(body, aids.instructorEdition(), aids.labels());
        LessonOpening.apply(body, aids.labels(), idPrefix);
        List<Exercise> exercises = Exercises.apply(body, idPrefix, aids);
        List<String> keyPoints = KeyPoints.apply(body, aids.labels());
        List<QuizAnswer> answers = QuizMarkup.apply(body, idPrefix, aids.placement());
        body.prependChild(titleHeading);
        String xhtml = xhtml(doc);
        return new Normalized(xhtml, answers, ExamTips.extract(body), ExamTips.headings(body), exercises, keyPoints);
    }

    /** The document's body as an XHTML fragment. */
    private static String xhtml(Document doc) {
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        return doc.body().html().strip();
    }

    /**
     * @param xhtml the well-formed fragment
     * @param quizAnswers the answers to the quiz questions, for an answer key and the flashcards (in the fragment
     *     too when answers stay inline)
     * @param examTips copies of the fragment's exam tips, for the cram sheet
     * @param examTipHeadings for each exam tip, the text of the heading it sits under, empty when none
     * @param exercises the exercises, with their solutions, for an answer key and the flashcards
     * @param keyPoints copies of the key points, each a list item, for the Key Points appendix
     */
    public record Normalized(String xhtml, List<QuizAnswer> quizAnswers, List<String> examTips,
            List<String> examTipHeadings, List<Exercise> exercises, List<String> keyPoints) {
    }

    /**
     * Colours fenced code whose language the highlighter knows ({@code ```java}); flexmark names it in the class
     * {@code language-java}. Other code stays plain.
     */
    private static void highlightCode(Element body) {
        for (Element code : body.select("pre > code[class^=language-]")) {
            String language = code.className().substring("language-".length()).split("\\s+")[0];
            String highlighted = SyntaxHighlighter.highlight(code.wholeText(), language);
            if (highlighted != null) {
                code.html(highlighted);
            }
        }
    }

    /**
     * Wraps words in table cells that are too long for a column ({@code arn:aws:ecs:...}) in a span the PDF may break
     * inside. Breaking every word in a cell would let a table squeeze its other columns to a letter's width.
     */
    private static void markLongWordsInTables(Element body) {
        for (Element cell : body.select("td, th")) {
            List<TextNode> texts = new ArrayList<>();
            cell.traverse((node, depth) -> {
                if (node instanceof TextNode text && LONG_WORD.matcher(text.getWholeText()).find()) {
                    texts.add(text);
                }
            });
            for (TextNode text : texts) {
                String whole = text.getWholeText();
                Matcher word = LONG_WORD.matcher(whole);
                int last = 0;
                while (word.find()) {
                    text.before(new TextNode(whole.substring(last, word.start())));
                    text.before(new Element("span").addClass("long-word").text(word.group()));
                    last = word.end();
                }
                text.text(whole.substring(last));
            }
        }
    }

    private static void removeUnsafeContent(Element body) {
        body.select(UNSAFE_ELEMENTS).remove();
        for (Element element : body.getAllElements()) {
            List<String> unsafe = new ArrayList<>();
            element.attributes().forEach(attribute -> {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().trim().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (key.startsWith("on") || value.startsWith("javascript:") || value.startsWith("vbscript:")) {
                    unsafe.add(attribute.getKey());
                }
            });
            unsafe.forEach(element::removeAttr);
        }
    }

    /** Resolves links and images, and marks the links to a fragment of this lesson for {@link #prefixIds}. */
    private static void resolveReferences(Element body, LessonReferences references, Labels labels) {
        for (Element link : body.select("a[href]")) {
            if (link.attr("href").startsWith("#")) {
                // Marked before it is resolved, since links to other lessons become fragments too; by a class,
                // which the vocabulary keeps, as the document is copied when it is reduced to the vocabulary.
                link.addClass(SAME_PAGE);
            }
            references.link(link.attr("href")).ifPresentOrElse(href -> link.attr("href", href), link::unwrap);
        }
        // Web links whose text is not their URL, for printLinkUrls; bare URLs would print twice.
        for (Element link : body.select("a[href^=http:], a[href^=https:]")) {
            if (!link.text().trim().equals(link.attr("href"))) {
                link.addClass("web-link");
            }
        }
        for (Element image : body.select("img")) {
            var source = references.image(image.attr("src"));
            if (source.isPresent()) {
                image.attr("src", source.get());
            } else if (references.isRejected(image.attr("src"))) {
                image.replaceWith(ImagePlaceholder.of(image.attr("alt"), labels));
            } else {
                String alt = image.attr("alt").isBlank() ? "[" + labels.image() + "]" : image.attr("alt");
                image.replaceWith(new Element("span").addClass("missing-image").text(alt));
            }
        }
    }

    private static void replaceComments(Element body) {
        List<Comment> comments = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                comments.add(comment);
            }
        });
        for (Comment comment : comments) {
            if (comment.getData().trim().equalsIgnoreCase(CourseRenderer.PAGE_BREAK_DIRECTIVE)) {
                insertPageBreak(comment);
            }
            comment.remove();
        }
    }

    /** Puts a page break where the comment stands, or right after the paragraph or heading it stands in. */
    private static void insertPageBreak(Comment comment) {
        Node anchor = comment;
        Element parent = comment.parent();
        while (parent != null && !FLOW_CONTAINERS.contains(parent.normalName())) {
            anchor = parent;
            parent = parent.parent();
        }
        Element pageBreak = new Element("div").addClass("page-break");
        if (anchor == comment) {
            comment.before(pageBreak);
        } else {
            anchor.after(pageBreak);
        }
    }

    /** Checkboxes would become PDF form fields; a ballot box glyph prints and reads the same everywhere. */
    private static void replaceTaskCheckboxes(Element body) {
        for (Element input : body.select("input[type=checkbox]")) {
            boolean checked = input.hasAttr("checked");
            Element box = new Element("span").addClass("task-box").addClass(checked ? "done" : "open")
                    .text(checked ? "\u2611" : "\u2610");
            input.replaceWith(box);
        }
    }

    /**
     * Makes the lesson's ids unique in the guide, and its links to them follow. A link to an id the lesson does not
     * have keeps only its text, as the checks warn: the PDF would have a link to nowhere, and EPUBCheck rejects it.
     */
    private static void prefixIds(Element body, String prefix) {
        Set<String> ids = new HashSet<>();
        for (Element element : body.select("[id]")) {
            String id = element.id();
            ids.add(id);
            element.attr("id", prefix + "_" + sanitizeId(id));
        }
        body.select("[name]").forEach(element -> element.removeAttr("name"));
        for (Element link : body.select("a." + SAME_PAGE)) {
            link.removeClass(SAME_PAGE);
            String target = link.attr("href").substring(1);
            if (ids.contains(target)) {
                link.attr("href", "#" + prefix + "_" + sanitizeId(target));
            } else {
                link.unwrap();
            }
        }
    }

    /** Keeps ids valid XML names whatever an author's raw HTML holds. */
    public static String sanitizeId(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static void dropRepeatedTitle(Element body, String title) {
        Element first = body.children().first();
        if (first != null && isHeading(first) && sameText(first.text(), title)) {
            first.remove();
        }
    }

    /** Places the body's headings below the title without skipping a level ({@link HeadingLevels}). */
    private static void shiftHeadings(Element body, int target) {
        Elements headings = body.select("h1, h2, h3, h4, h5, h6");
        int[] levels = HeadingLevels.close(headings.stream().mapToInt(XhtmlNormalizer::level).toArray(), target);
        for (int i = 0; i < headings.size(); i++) {
            if (levels[i] != level(headings.get(i))) {
                headings.get(i).tagName("h" + levels[i]);
            }
        }
    }

    private static boolean isHeading(Element element) {
        return element.normalName().matches("h[1-6]");
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    private static boolean sameText(String a, String b) {
        return normalizeSpace(a).equalsIgnoreCase(normalizeSpace(b));
    }

    private static String normalizeSpace(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }
}
