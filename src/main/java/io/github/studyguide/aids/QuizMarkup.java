package io.github.studyguide.aids;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.xhtml.DirectiveMarks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the questions {@link QuizFinder} marked as printable questions: each question with its options is kept
 * together in a {@code div} with a stable id ({@code s7-l3_q.1}), every option shows a letter, and, unless answers
 * stay inline, the "Correct:" and "Incorrect:" sub-items leave the question for the answer key.
 */
public final class QuizMarkup {

    /** What a numbered question\'s label starts with, before the number; the answer key translates it. */
    static final String QUESTION_LABEL = "Question ";

    private QuizMarkup() {
    }

    /**
     * @param body the lesson's body, ids already prefixed
     * @param idPrefix the lesson's anchor, which the question ids start with
     * @param answers where the answers go; with {@link QuizAnswers#INLINE} they stay as written
     * @return the answer to each question, in order
     */
    public static List<QuizAnswer> apply(Element body, String idPrefix, QuizAnswers answers) {
        List<QuizAnswer> found = new ArrayList<>();
        int index = 0;
        for (Element heading : body.select(".quiz-question")) {
            Element options = optionsAfter(heading);
            if (options == null) {
                continue;
            }
            String id = questionId(idPrefix, ++index);
            wrap(heading, options, id);
            List<QuizAnswer.Option> answered = new ArrayList<>();
            int position = 0;
            for (Element option : options.children()) {
                if (option.hasClass("quiz-option")) {
                    answered.add(answer(option, position++, answers != QuizAnswers.INLINE));
                }
            }
            String label = QuizRules.questionNumber(heading.text()).map(n -> QUESTION_LABEL + n).orElse(heading.text());
            found.add(new QuizAnswer(id, label, answered));
        }
        return found;
    }

    static String questionId(String lessonAnchor, int index) {
        return lessonAnchor + "_q." + index;
    }

    private static Element optionsAfter(Element heading) {
        for (Element next = heading.nextElementSibling(); next != null && !next.normalName().matches("h[1-6]");
                next = next.nextElementSibling()) {
            if (next.hasClass("quiz-options")) {
                return next;
            }
        }
        return null;
    }

    /** Keeps the question's wording and options together, so that a question is not split across pages. */
    private static void wrap(Element heading, Element options, String id) {
        Element box = new Element("div").addClass("quiz").id(id);
        heading.before(box);
        List<Node> content = new ArrayList<>();
        for (Node node = heading; node != null; node = node.nextSibling()) {
            content.add(node);
            if (node == options) {
                break;
            }
        }
        content.forEach(box::appendChild);
        // Before the answers are taken out: a page break in an option's sub-item would leave with it.
        DirectiveMarks.moveAfter(box);
    }

    private static QuizAnswer.Option answer(Element option, int position, boolean takeVerdicts) {
        List<Element> verdicts = option.select("> ul > li.quiz-verdict, > ol > li.quiz-verdict");
        boolean correct = verdicts.stream().anyMatch(verdict -> verdict.hasClass("correct"));
        List<String> explanations = verdicts.stream().map(verdict -> withoutIds(verdict).html()).toList();
        if (takeVerdicts) {
            for (Element verdict : verdicts) {
                Element list = verdict.parent();
                verdict.remove();
                if (list != null && list.children().isEmpty()) {
                    list.remove();
                }
            }
            trimEnd(option);
        }
        Optional<Character> written = QuizRules.optionLetter(ownText(option));
        char letter = written.orElse(QuizRules.letterAt(position));
        if (written.isEmpty()) {
            // An option the author did not label gets its letter, so that the printed question and the key agree.
            labelled(option).prependChild(new TextNode(" "))
                    .prependChild(new Element("span").addClass("option-label").text(letter + ")"));
        }
        Element text = withoutIds(labelled(option));
        text.select("ul, ol").remove();
        return new QuizAnswer.Option(letter, text.html(), correct, explanations);
    }

    /** Drops the line breaks the removed sub-list leaves behind. */
    private static void trimEnd(Element option) {
        while (option.childNodeSize() > 0 && option.childNode(option.childNodeSize() - 1) instanceof TextNode text
                && text.isBlank()) {
            text.remove();
        }
        if (option.childNodeSize() > 0 && option.childNode(option.childNodeSize() - 1) instanceof TextNode text) {
            text.text(text.getWholeText().stripTrailing());
        }
    }

    /** A copy for the answer key, where the original's ids would repeat. */
    private static Element withoutIds(Element element) {
        Element copy = DirectiveMarks.removeFrom(element.clone());
        copy.removeAttr("id");
        copy.select("[id]").forEach(inner -> inner.removeAttr("id"));
        return copy;
    }

    /** Where the option's text is: its first paragraph in a loose list, the item itself in a tight one. */
    private static Element labelled(Element option) {
        for (Node child : option.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            return child instanceof Element first && first.normalName().equals("p") ? first : option;
        }
        return option;
    }

    private static String ownText(Element option) {
        Element text = labelled(option).clone();
        text.select("ul, ol").remove();
        return text.text();
    }
}
