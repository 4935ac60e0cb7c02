package io.github.studyguide.flashcards;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.aids.Exercise;
import io.github.studyguide.aids.QuizAnswer;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.internal.Digests;
import io.github.studyguide.output.AtomicOutput;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.render.RenderedSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * The course's study aids as a deck of flashcards in Anki's text import format: one card per quiz question, per
 * exercise with a solution, per exam tip and per key point, in reading order. The file is UTF-8, opens with the
 * header lines that tell Anki how to read it ({@code #separator:tab}, {@code #html:true}, {@code #notetype:Basic},
 * {@code #deck:}, {@code #guid column:1}, {@code #tags column:4}), then has one line per card: its GUID, front,
 * back and tags, separated by tabs. The same course gives the same bytes.
 */
public final class AnkiDeck {

    private final GuideInfo info;

    public AnkiDeck(GuideInfo info) {
        this.info = info;
    }

    /** Writes the deck to {@code target}, replacing it only once complete. */
    public void write(RenderedCourse course, Path target) throws IOException {
        String text = text(course);
        AtomicOutput.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The deck's file, as text. */
    public String text(RenderedCourse course) {
        StringBuilder text = new StringBuilder()
                .append("#separator:tab\n")
                .append("#html:true\n")
                .append("#notetype:Basic\n")
                .append("#deck:").append(oneLine(info.title())).append('\n')
                .append("#guid column:1\n")
                .append("#tags column:4\n");
        for (Flashcard card : cards(course)) {
            text.append(card.guid()).append('\t').append(field(card.front())).append('\t').append(field(card.back()))
                    .append('\t').append(String.join(" ", card.tags())).append('\n');
        }
        return text.toString();
    }

    /** Every card of the course, in reading order: by lesson, its questions, exercises, tips and key points. */
    public List<Flashcard> cards(RenderedCourse course) {
        Labels labels = info.labels();
        List<Flashcard> cards = new ArrayList<>();
        for (RenderedSection section : course.sections()) {
            String sectionTag = tag(section.section().heading(labels));
            for (RenderedLesson lesson : section.lessons()) {
                List<String> tags = List.of(sectionTag, sectionTag + "::" + tag(lesson.title()));
                String anchor = lesson.lesson().anchorId();
                String file = lesson.lesson().relativePath();
                String lessonLine = "<div><i>" + escape(lesson.title()) + "</i></div>";
                Element body = lesson.quizAnswers().isEmpty() ? null : Jsoup.parseBodyFragment(lesson.xhtml()).body();
                for (QuizAnswer answer : lesson.quizAnswers()) {
                    cards.add(new Flashcard(guid(file, anchor, answer.questionId()), lessonLine + question(body, answer),
                            answerBack(answer, labels), tags));
                }
                for (Exercise exercise : lesson.solvedExercises()) {
                    String title = escape(labels.exercise(exercise.number()))
                            + (exercise.title().isEmpty() ? "" : ": " + escape(exercise.title()));
                    cards.add(new Flashcard(guid(file, anchor, exercise.id()), lessonLine + "<div><b>"
                            + title + "</b></div>" + exercise.promptXhtml(), String.join("", exercise.solutionsXhtml()),
                            tags));
                }
                for (int i = 0; i < lesson.examTips().size(); i++) {
                    String heading = i < lesson.examTipHeadings().size() ? lesson.examTipHeadings().get(i) : "";
                    String under = heading.isEmpty() || heading.equals(lesson.title()) ? "" : escape(heading) + ": ";
                    cards.add(new Flashcard(guid(file, anchor, anchor + "_tip." + (i + 1)), lessonLine + "<div>" + under
                            + escape(labels.examTips()) + "</div>", tipBack(lesson.examTips().get(i)), tags));
                }
                List<String> points = lesson.keyPoints();
                for (int i = 0; i < points.size(); i++) {
                    cards.add(new Flashcard(guid(file, anchor, anchor + "_point." + (i + 1)), lessonLine + "<div>"
                            + escape(labels.keyPoints()) + " " + (i + 1) + "/" + points.size() + "</div>",
                            "<ul>" + points.get(i) + "</ul>", tags));
                }
            }
        }
        return cards;
    }

    /** The question's wording and lettered options, as the guide prints them, without verdicts. */
    private static String question(Element body, QuizAnswer answer) {
        Element quiz = body.getElementById(answer.questionId());
        if (quiz == null) {
            return "<div>" + escape(answer.label()) + "</div>";
        }
        Element copy = quiz.clone();
        copy.select("li.quiz-verdict").remove();
        copy.select("ul:empty, ol:empty").remove();
        copy.removeAttr("id");
        copy.select("[id]").forEach(element -> element.removeAttr("id"));
        return copy.html();
    }

    /** The right letters, then what the author wrote about each option. */
    private static String answerBack(QuizAnswer answer, Labels labels) {
        StringBuilder back = new StringBuilder("<div><b>")
                .append(answer.letters().isEmpty() ? escape(labels.noneMarked()) : answer.letters()).append("</b></div>");
        for (QuizAnswer.Option option : answer.options()) {
            for (String explanation : option.explanationsXhtml()) {
                back.append("<div>").append(option.letter()).append(") ").append(explanation).append("</div>");
            }
        }
        return back.toString();
    }

    /** A tip that is a list item shows as one; a tip section as it is. */
    private static String tipBack(String tip) {
        return tip.startsWith("<li") ? "<ul>" + tip + "</ul>" : tip;
    }

    /**
     * A GUID derived from the guide's identifier and the item's id (the lesson's anchor and its place), so that it
     * stays the same from build to build and differs between courses imported into one collection.
     */
    /**
     * A card's GUID, from the guide, the lesson's file and the item's place in that lesson ({@code _q.2}, the
     * second question): a lesson moved or another inserted before it keeps its cards, so that importing the next
     * release updates them instead of adding copies; an item inserted earlier in the same lesson shifts those after
     * it, and so does renaming the file.
     *
     * @param itemId the item's id in the guide, which opens with the lesson's anchor
     */
    private String guid(String file, String anchor, String itemId) {
        String inLesson = itemId.startsWith(anchor) ? itemId.substring(anchor.length()) : itemId;
        byte[] digest = Digests.sha256().digest((info.identifier() + "\n" + file + "\n" + inLesson)
                .getBytes(StandardCharsets.UTF_8));
        return "sg" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    }

    /** A field on one line; a field with a quote is quoted, its quotes doubled, as Anki's reader expects. */
    private static String field(String html) {
        String line = CardHtml.of(html);
        return line.indexOf('"') >= 0 ? "\"" + line.replace("\"", "\"\"") + "\"" : line;
    }

    /** A tag: no spaces, which separate tags, and no colons, which nest them. */
    static String tag(String text) {
        String tag = text.strip().replaceAll("[\\s:\"]+", "_").replaceAll("_+", "_");
        return tag.isEmpty() ? "untitled" : tag;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
