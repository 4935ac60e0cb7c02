package io.github.studyguide.callouts;

import io.github.studyguide.i18n.Labels;
import io.github.studyguide.markdown.Admonitions;
import io.github.studyguide.markdown.FencedDivs;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a fenced div becomes in the guides, by its class: <strong>the one table</strong> ({@link #LOOKS}) to extend
 * when a study aid or a call-out learns a new class. A div whose classes are all unknown keeps its content as plain
 * text (and its id, when it has one, so that links to it still land). Admonitions and GitHub alerts, whose kind is
 * a word rather than a class, become call-outs here too: one of the five kinds, or a neutral one.
 */
public final class DivLooks {

    /** The attribute that names an admonition's or alert's kind, as written, for {@link #apply}. */
    public static final String CALLOUT_ATTRIBUTE = "data-callout";
    /**
     * The attribute that carries a call-out's title as the author wrote it, for {@link #apply}; without it, the box
     * gets its kind's title in the guide's language (empty: no title).
     */
    public static final String TITLE_ATTRIBUTE = "data-callout-title";

    /**
     * Gives a div its look; {@code title} is the author's {@code title="..."}, when there is one, and
     * {@code labels} the guide's words for a title the author did not give.
     */
    @FunctionalInterface
    interface DivLook {
        void dress(Element div, Optional<String> title, Labels labels);
    }

    /**
     * Fenced div class → look. Pandoc's and GitHub's kind names, Quarto's {@code callout-*} classes and the
     * Carpentries' {@code callout}. Add a class here, and nothing else changes.
     */
    static final Map<String, DivLook> LOOKS;

    static {
        Map<String, DivLook> looks = new LinkedHashMap<>();
        for (Callout.Kind kind : Callout.Kind.values()) {
            if (kind != Callout.Kind.NEUTRAL) {
                String word = kind.name().toLowerCase(Locale.ROOT);
                looks.put(word, callout(kind));
                looks.put("callout-" + word, callout(kind));
            }
        }
        looks.put("callout", callout(Callout.Kind.NEUTRAL));
        // The Carpentries' study aids (and their common synonyms): marked here, laid out by the aids package, which
        // numbers exercises, moves solutions to the answer key and collects key points (StudyAidMarks).
        for (String exercise : new String[] {"challenge", "exercise", "practice"}) {
            looks.put(exercise, aid(StudyAidMarks.EXERCISE));
        }
        looks.put("solution", aid(StudyAidMarks.SOLUTION));
        looks.put("hint", aid(StudyAidMarks.HINT));
        looks.put("keypoints", aid(StudyAidMarks.KEY_POINTS));
        looks.put("objectives", aid(StudyAidMarks.OBJECTIVES));
        looks.put("questions", aid(StudyAidMarks.QUESTIONS));
        looks.put("instructor", aid(StudyAidMarks.INSTRUCTOR_NOTE));
        looks.put("instructor-note", aid(StudyAidMarks.INSTRUCTOR_NOTE));
        LOOKS = Collections.unmodifiableMap(looks);
    }

    private DivLooks() {
    }

    /** A call-out of that kind, titled by the author's title or else the kind's name in the guide's language. */
    static DivLook callout(Callout.Kind kind) {
        return (div, title, labels) -> Callout.dress(div, kind, title.orElseGet(() -> kindTitle(kind, labels)));
    }

    /**
     * A study aid, marked with its class for the aids package to lay out in the guide's language; the author's
     * title, if any, goes first as {@code <p class="aid-title">}.
     */
    static DivLook aid(String cssClass) {
        return (div, title, labels) -> {
            div.addClass(cssClass);
            title.ifPresent(text -> div.prependChild(new Element("p").addClass(StudyAidMarks.TITLE).text(text.strip())));
        };
    }

    /** "Note", "Hinweis", ...: the title of a box of that kind whose author gave none; none for a neutral one. */
    private static String kindTitle(Callout.Kind kind, Labels labels) {
        return kind == Callout.Kind.NEUTRAL ? "" : labels.callout(kind.name());
    }

    /**
     * Dresses every fenced div, admonition and alert in the body. An admonition of another kind than the five
     * ({@code !!! danger}) without a title is titled by its word, as MkDocs does ("Danger"), in every language.
     */
    public static void apply(Element body, Labels labels) {
        for (Element div : body.select("div[" + CALLOUT_ATTRIBUTE + "]")) {
            String word = div.attr(CALLOUT_ATTRIBUTE);
            Callout.Kind kind = Callout.Kind.named(word).orElse(Callout.Kind.NEUTRAL);
            String title = div.hasAttr(TITLE_ATTRIBUTE) ? div.attr(TITLE_ATTRIBUTE)
                    : kind == Callout.Kind.NEUTRAL ? Callout.defaultTitle(word) : kindTitle(kind, labels);
            div.removeAttr(CALLOUT_ATTRIBUTE).removeAttr(TITLE_ATTRIBUTE);
            Callout.dress(div, kind, title);
        }
        for (Element div : body.select("div[" + FencedDivs.CLASSES_ATTRIBUTE + "]")) {
            String[] classes = div.attr(FencedDivs.CLASSES_ATTRIBUTE).split("\\s+");
            Optional<String> title = Optional.of(div.attr(TITLE_ATTRIBUTE)).filter(text -> !text.isBlank());
            div.removeAttr(FencedDivs.CLASSES_ATTRIBUTE).removeAttr(TITLE_ATTRIBUTE);
            Optional<DivLook> look = Arrays.stream(classes).map(DivLooks::look).flatMap(Optional::stream).findFirst();
            if (look.isPresent()) {
                look.get().dress(div, title, labels);
            } else if (!div.hasAttr("id")) {
                div.unwrap();
            }
        }
    }

    private static Optional<DivLook> look(String cssClass) {
        return Optional.ofNullable(LOOKS.get(cssClass.toLowerCase(Locale.ROOT)));
    }
}
