package io.github.studyguide.course;

import io.github.studyguide.i18n.Labels;
import io.github.studyguide.i18n.StudyAidWords;
import io.github.studyguide.i18n.TextDirection;
import io.github.studyguide.scan.ParsedFile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One lesson of the course, placed by its section number, lesson number and order.
 *
 * @param file the lesson's file, split into front matter and body
 * @param section the section the lesson belongs to
 * @param number the lesson number within the section
 * @param order places lessons that share a lesson number (a hands-on guide after its overview); 0 when not given
 * @param title the lesson's title from front matter
 */
public record Lesson(ParsedFile file, SectionName section, int number, int order, String title) {

    /** The front matter key that declares a lesson a quiz: {@code quiz: true}. */
    public static final String QUIZ_KEY = "quiz";

    /**
     * "Hands-On", "Hands on", "handson", or the words of another language ({@link StudyAidWords}), as a whole word:
     * not followed by another Latin or Cyrillic letter.
     */
    private static final Pattern HANDS_ON_TITLE = Pattern.compile("(?iu)(?:hands[- ]?on|" + StudyAidWords.HANDS_ON
            + ")(?![\\p{IsLatin}\\p{IsCyrillic}])");
    private static final Pattern QUIZ_TITLE = Pattern.compile("(?i)\\b(quiz|quizzes)\\b");

    /**
     * The lesson's anchor in the guide, unique across the whole guide and stable across builds: {@code s7-l2}, or
     * {@code s7-l2-o1} for order 1. Heading ids inside the lesson are prefixed with it.
     */
    public String anchorId() {
        String id = "s" + section.number() + "-l" + number;
        return order == 0 ? id : id + "-o" + order;
    }

    /** "7.2", as authors and the TOC refer to the lesson. */
    public String label() {
        return section.number() + "." + number;
    }

    public String relativePath() {
        return file.relativePath();
    }

    /**
     * A hands-on guide: {@code type: hands-on} in front matter, or a title that starts with "Hands-On" (or the word
     * of another language: "Praxisübung", "ハンズオン").
     */
    public boolean isHandsOn() {
        return file.frontMatter().text("type").map(type -> type.equalsIgnoreCase("hands-on")).orElse(false)
                || HANDS_ON_TITLE.matcher(title).lookingAt();
    }

    /** The lesson's own text direction, when its front matter says {@code dir: rtl} or {@code dir: ltr}. */
    public Optional<String> direction() {
        return TextDirection.parse(file.frontMatter().text(TextDirection.KEY));
    }

    /** Whether the front matter says the lesson is a quiz, whatever its content. */
    public boolean isDeclaredQuiz() {
        return file.frontMatter().isTrue(QUIZ_KEY);
    }

    /**
     * The title as the guide shows it: "7.2 " first when lessons are numbered, then the lesson's kind when its title
     * does not already say it, in the guide's language: "Hands-On: " for a hands-on guide, "Quiz: " for a quiz.
     *
     * @param quiz whether the lesson turned out to be a quiz, which only its content tells
     * @param labels the guide's words for the kinds
     */
    public String displayTitle(boolean numbering, boolean quiz, Labels labels) {
        String shown = title;
        if (isHandsOn() && !HANDS_ON_TITLE.matcher(title).lookingAt()) {
            shown = labels.handsOn() + ": " + title;
        } else if (quiz && !QUIZ_TITLE.matcher(title).find()
                && !title.toLowerCase(Locale.ROOT).contains(labels.quiz().toLowerCase(Locale.ROOT))) {
            shown = labels.quiz() + ": " + title;
        }
        return numbering ? label() + " " + shown : shown;
    }
}
