package io.github.studyguide.aids;

import io.github.studyguide.i18n.StudyAidWords;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text conventions that make a quiz, shared by the Markdown side ({@link QuizFinder}, which finds the
 * questions and their lines) and the XHTML side ({@link QuizMarkup}, which lays them out).
 */
final class QuizRules {

    /**
     * A heading that opens with "Question" and a number: "Question 1", "Question 12: Which service ...", or the
     * word of another language ({@link StudyAidWords}): "Pregunta 1", "問題1".
     */
    private static final Pattern QUESTION = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.QUESTION
            + ")(?:\\s+|(?<=\\P{IsLatin}))(\\d+)\\b");

    /**
     * The opening of an explanation: "Correct:" or "Incorrect:" (or "Correcta:", "Falsch:", "正解："), the colon
     * inside or outside any bold.
     */
    private static final Pattern VERDICT = Pattern.compile("(?iu)^\\s*(?:(?<correct>" + StudyAidWords.CORRECT
            + ")|(?<incorrect>" + StudyAidWords.INCORRECT + "))\\s*[:：]");

    /** An option's own label: "A) ", "(B) ", "c. ", "D: ". */
    private static final Pattern OPTION_LABEL = Pattern.compile("^\\s*\\(?([A-Za-z])[).:](\\s|$)");

    /** Words by which a question says it has several answers: "Select two", "Choose 3", "all that apply". */
    private static final Pattern SEVERAL_ANSWERS = Pattern.compile("(?i)\\b(select|choose|pick|mark)\\s+"
            + "(two|three|four|five|\\d+|all)\\b|\\ball that apply\\b|\\b(two|three|four|five|\\d+) (correct )?answers\\b");

    private QuizRules() {
    }

    /** The question's number as written ("12"), when the heading text is a question. */
    static Optional<String> questionNumber(String headingText) {
        Matcher matcher = QUESTION.matcher(headingText);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether the text of a sub-item opens with "Correct:" or "Incorrect:". */
    static boolean isVerdict(String text) {
        return VERDICT.matcher(text).find();
    }

    /** Whether the text of a sub-item opens with "Correct:". */
    static boolean isCorrect(String text) {
        Matcher matcher = VERDICT.matcher(text);
        return matcher.find() && matcher.group("correct") != null;
    }

    /** The letter the author labelled an option with, upper case. */
    static Optional<Character> optionLetter(String text) {
        Matcher matcher = OPTION_LABEL.matcher(text);
        return matcher.find() ? Optional.of(Character.toUpperCase(matcher.group(1).charAt(0))) : Optional.empty();
    }

    /** The letter of an option the author did not label: A, B, ... by its place in the list. */
    static char letterAt(int index) {
        return (char) ('A' + Math.min(index, 25));
    }

    /** Whether a question's wording says that it has more than one answer. */
    static boolean asksForSeveral(String questionText) {
        return SEVERAL_ANSWERS.matcher(questionText).find();
    }
}
