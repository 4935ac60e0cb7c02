package io.github.studyguide.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that mark a study aid in a lesson, in every language the plugin has a bundle for: a quiz question
 * ("Question 1", "Pregunta 1", "問題 1"), a verdict ("Correct:", "Correcta:", "Falsch:") and an exam tip ("Exam Tip",
 * "Prüfungstipp"), a hands-on guide's title and its steps ("Hands-On", "Praxisübung"; "Step 1", "Paso 1"). Every language's words work in every guide, whatever its {@code language}: lessons are analysed
 * (and their analysis cached) without the guide's settings, translated courses keep English words in places, and
 * the words are specific enough not to meet by chance at the start of a heading or a quiz option's sub-item.
 */
public final class StudyAidWords {

    /** "question": the words, longest first, as one alternation for a regular expression. */
    public static final String QUESTION = alternation("keyword.question");
    public static final String CORRECT = alternation("keyword.correct");
    public static final String INCORRECT = alternation("keyword.incorrect");
    public static final String EXAM_TIP = alternation("keyword.examTip");
    /** What an exercise's heading opens with: "Exercise", "Challenge". */
    public static final String EXERCISE = alternation("keyword.exercise");
    /** What a {@code <details>} block's summary says when it holds an exercise's solution. */
    public static final String SOLUTION = alternation("keyword.solution");
    /** A heading over a lesson's key points: "Key Points", "Key Takeaways". */
    public static final String KEY_POINTS = alternation("keyword.keyPoints");
    /** A heading over a lesson's objectives: "Learning Objectives", "Objectives". */
    public static final String OBJECTIVES = alternation("keyword.objectives");
    /** The words a hands-on guide's title opens with: "Hands-On", "Praxisübung", "ハンズオン". */
    public static final String HANDS_ON = alternation("keyword.handsOn");
    /** The word of a step's bold label, before its number: "Step", "Schritt", "Paso", "手順". */
    public static final String STEP = alternation("keyword.step");

    private static final Set<String> CORRECT_WORDS = words("keyword.correct");

    private StudyAidWords() {
    }

    /** Whether a verdict word says the option is right. */
    public static boolean isCorrectWord(String word) {
        return CORRECT_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(String key) {
        Set<String> words = new LinkedHashSet<>();
        Labels.allBundles().values().forEach(bundle -> {
            String value = bundle.get(key);
            if (value != null) {
                for (String word : value.split("\\|")) {
                    if (!word.isBlank()) {
                        words.add(word.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
        });
        return words;
    }

    /** The words, quoted, longest first so that "Incorrecta" is not taken for "Incorrect" and a leftover "a". */
    private static String alternation(String key) {
        List<String> sorted = words(key).stream()
                .sorted((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b)).toList();
        return sorted.stream().map(StudyAidWords::pattern).collect(Collectors.joining("|"));
    }

    /** A word as a pattern: spaces match any run of spaces, and an apostrophe either form of it. */
    private static String pattern(String word) {
        StringBuilder pattern = new StringBuilder();
        for (String part : word.split("(?<=[ '’])|(?=[ '’])")) {
            if (part.equals(" ")) {
                pattern.append("\\s+");
            } else if (part.equals("'") || part.equals("’")) {
                pattern.append("['’]");
            } else {
                pattern.append(Pattern.quote(part));
            }
        }
        return pattern.toString();
    }
}
