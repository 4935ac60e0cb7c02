package io.github.studyguide.incremental;

import io.github.studyguide.aids.Exercise;
import io.github.studyguide.aids.QuizAnswer;
import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.render.RenderedLesson;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stored form of the lesson cache's entries: a rendered lesson (after the files it depends on, with their
 * states, so that a lookup can tell whether it still holds without reading the rest) and a lesson's facts.
 */
final class LessonCodec {

    private LessonCodec() {
    }

    /** The files a rendered lesson depends on, by relative name, with the state each had when it was rendered. */
    static void writeDependencies(DataOutputStream out, SortedMap<String, String> files) throws IOException {
        out.writeInt(files.size());
        for (Map.Entry<String, String> file : files.entrySet()) {
            text(out, file.getKey());
            text(out, file.getValue());
        }
    }

    static SortedMap<String, String> readDependencies(DataInputStream in) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            files.put(text(in), text(in));
        }
        return files;
    }

    static void writeLesson(DataOutputStream out, RenderedLesson lesson) throws IOException {
        text(out, lesson.xhtml());
        text(out, lesson.title());
        texts(out, lesson.examTips());
        out.writeInt(lesson.quizAnswers().size());
        for (QuizAnswer answer : lesson.quizAnswers()) {
            text(out, answer.questionId());
            text(out, answer.label());
            out.writeInt(answer.options().size());
            for (QuizAnswer.Option option : answer.options()) {
                out.writeChar(option.letter());
                text(out, option.textXhtml());
                out.writeBoolean(option.correct());
                texts(out, option.explanationsXhtml());
            }
        }
        texts(out, lesson.examTipHeadings());
        out.writeInt(lesson.exercises().size());
        for (Exercise exercise : lesson.exercises()) {
            text(out, exercise.id());
            text(out, exercise.number());
            text(out, exercise.title());
            text(out, exercise.promptXhtml());
            texts(out, exercise.solutionsXhtml());
        }
        texts(out, lesson.keyPoints());
    }

    static RenderedLesson readLesson(DataInputStream in, Lesson lesson, LessonFacts facts) throws IOException {
        String xhtml = text(in);
        String title = text(in);
        List<String> examTips = texts(in);
        List<QuizAnswer> answers = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = text(in);
            String label = text(in);
            List<QuizAnswer.Option> options = new ArrayList<>();
            for (int j = in.readInt(); j > 0; j--) {
                options.add(new QuizAnswer.Option(in.readChar(), text(in), in.readBoolean(), texts(in)));
            }
            answers.add(new QuizAnswer(id, label, options));
        }
        List<String> examTipHeadings = texts(in);
        List<Exercise> exercises = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            exercises.add(new Exercise(text(in), text(in), text(in), text(in), texts(in)));
        }
        return new RenderedLesson(lesson, xhtml, facts, examTips, answers, title, examTipHeadings, exercises, texts(in));
    }

    static void writeFacts(DataOutputStream out, LessonFacts facts) throws IOException {
        texts(out, new ArrayList<>(new TreeSet<>(facts.anchors())));
        references(out, facts.links());
        references(out, facts.images());
        references(out, facts.comments());
        out.writeInt(facts.nestingDepth());
        out.writeInt(facts.questions().size());
        for (LessonFacts.Question question : facts.questions()) {
            text(out, question.label());
            out.writeInt(question.line());
            out.writeInt(question.correctOptions());
            out.writeBoolean(question.asksForSeveral());
        }
        references(out, facts.unprintable());
        references(out, facts.imagesWithoutAlt());
        references(out, facts.warnings());
    }

    static LessonFacts readFacts(DataInputStream in) throws IOException {
        Set<String> anchors = new HashSet<>(texts(in));
        List<LessonFacts.Reference> links = references(in);
        List<LessonFacts.Reference> images = references(in);
        List<LessonFacts.Reference> comments = references(in);
        int depth = in.readInt();
        List<LessonFacts.Question> questions = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            questions.add(new LessonFacts.Question(text(in), in.readInt(), in.readInt(), in.readBoolean()));
        }
        List<LessonFacts.Reference> unprintable = references(in);
        List<LessonFacts.Reference> withoutAlt = references(in);
        return new LessonFacts(anchors, links, images, comments, depth, questions, unprintable, withoutAlt,
                references(in));
    }

    static void references(DataOutputStream out, List<LessonFacts.Reference> references) throws IOException {
        out.writeInt(references.size());
        for (LessonFacts.Reference reference : references) {
            text(out, reference.target());
            out.writeInt(reference.line());
        }
    }

    static List<LessonFacts.Reference> references(DataInputStream in) throws IOException {
        List<LessonFacts.Reference> references = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            references.add(new LessonFacts.Reference(text(in), in.readInt()));
        }
        return references;
    }

    static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            text(out, text);
        }
    }

    static List<String> texts(DataInputStream in) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            texts.add(text(in));
        }
        return texts;
    }

    /** A string of any length: writeUTF stops at 64 KB, and a lesson can be megabytes. */
    static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

}
