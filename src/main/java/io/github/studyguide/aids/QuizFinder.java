package io.github.studyguide.aids;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.scan.FrontMatter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Finds quiz questions in a parsed lesson, as course authors write them in plain Markdown:
 * <pre>
 * ## Question 1: Which service runs containers without servers to manage?
 * - A) Amazon EC2
 *   - Incorrect: you manage the instances.
 * - B) AWS Fargate
 *   - Correct: Fargate runs the tasks for you.
 * </pre>
 * A question is a heading of any level whose text opens with "Question" and a number, followed (before the next
 * heading) by a list: the options. An option's sub-items that open with "Correct:" or "Incorrect:" are its verdicts.
 * Such a question belongs to a quiz when at least one option has a verdict, or when the front matter says
 * {@code quiz: true}; a heading "Questions and answers", or a question whose list has no verdict in a lesson not
 * declared a quiz, is left alone.
 *
 * <p>The questions found are marked with classes in the rendered HTML ({@code quiz-question}, {@code quiz-options},
 * {@code quiz-option}, {@code quiz-verdict correct|incorrect}) for {@link QuizMarkup} to lay out, so that finding
 * happens once, on the Markdown, where lines are known.
 */
public final class QuizFinder {

    private static final DataKey<Map<Node, String>> CLASSES = new DataKey<>("STUDYGUIDE_QUIZ_CLASSES", Map.of());

    private QuizFinder() {
    }

    /** Whether the front matter declares the file a quiz: {@code quiz: true}. */
    public static boolean declaredQuiz(FrontMatter frontMatter) {
        return frontMatter.isTrue(Lesson.QUIZ_KEY);
    }

    /**
     * Finds the questions of a document and remembers them in it, for the renderer to mark.
     *
     * @param declaredQuiz whether the front matter says the lesson is a quiz
     * @param lineOf the file line of an offset in the document
     */
    public static List<LessonFacts.Question> find(Document document, boolean declaredQuiz, IntUnaryOperator lineOf) {
        List<LessonFacts.Question> questions = new ArrayList<>();
        Map<Node, String> classes = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Heading heading)) {
                continue;
            }
            String headingText = text(heading);
            Optional<String> number = QuizRules.questionNumber(headingText);
            if (number.isEmpty()) {
                continue;
            }
            StringBuilder wording = new StringBuilder(headingText);
            ListBlock options = null;
            for (Node next = heading.getNext(); next != null && !(next instanceof Heading); next = next.getNext()) {
                if (next instanceof ListBlock list) {
                    options = list;
                    break;
                }
                wording.append(' ').append(text(next));
            }
            if (options == null) {
                continue;
            }
            Map<Node, String> marks = new IdentityHashMap<>();
            int verdicts = 0;
            int correct = 0;
            for (Node item = options.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem option)) {
                    continue;
                }
                marks.put(option, "quiz-option");
                boolean right = false;
                for (ListItem verdict : verdictsOf(option)) {
                    boolean says = QuizRules.isCorrect(firstLine(verdict));
                    marks.put(verdict, "quiz-verdict " + (says ? "correct" : "incorrect"));
                    right |= says;
                    verdicts++;
                }
                correct += right ? 1 : 0;
            }
            if (verdicts == 0 && !declaredQuiz) {
                continue;
            }
            marks.put(heading, "quiz-question");
            marks.put(options, "quiz-options");
            classes.putAll(marks);
            questions.add(new LessonFacts.Question("Question " + number.get(), lineOf.applyAsInt(heading.getStartOffset()),
                    correct, QuizRules.asksForSeveral(wording.toString())));
        }
        if (!classes.isEmpty()) {
            CLASSES.set(document, classes);
        }
        return questions;
    }

    /** The sub-items of an option that open with "Correct:" or "Incorrect:". */
    private static List<ListItem> verdictsOf(ListItem option) {
        List<ListItem> verdicts = new ArrayList<>();
        for (Node child = option.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem subItem && QuizRules.isVerdict(firstLine(subItem))) {
                        verdicts.add(subItem);
                    }
                }
            }
        }
        return verdicts;
    }

    /** The text of an item's first block, without its sub-lists. */
    private static String firstLine(ListItem item) {
        Node first = item.getFirstChild();
        return first == null || first instanceof ListBlock ? "" : text(first);
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /** Adds the classes of the questions found to the rendered elements. */
    public static final class Marker extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            Map<Node, String> classes = CLASSES.get(context.getDocument());
            return (node, part, attributes) -> {
                String cssClass = classes.get(node);
                if (cssClass != null) {
                    attributes.addValue("class", cssClass);
                }
            };
        }
    }
}
