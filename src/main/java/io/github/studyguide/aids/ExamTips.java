package io.github.studyguide.aids;

import io.github.studyguide.i18n.StudyAidWords;
import io.github.studyguide.xhtml.DirectiveMarks;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds exam tips as course authors write them in plain Markdown, and marks them so that both guides can show them
 * as call-outs:
 * <ul>
 *   <li>a list item that opens with the bold label "Exam Tip" or "Exam Tips" ({@code - **Exam Tip**: ...} or
 *       {@code - **Exam Tip:** ...}) gets the class {@code exam-tip};</li>
 *   <li>a heading "Exam Tip" or "Exam Tips" (a trailing colon allowed), with everything under it up to the next
 *       heading of the same or a higher level, is wrapped in a {@code div} of class {@code exam-tip}.</li>
 * </ul>
 * Anything else is left alone: a bold "Exam" inside a sentence, or a heading such as "Exam tips and tricks".
 */
public final class ExamTips {

    static final String CSS_CLASS = "exam-tip";

    private ExamTips() {
    }

    public static void mark(Element body) {
        for (Element item : body.select("li")) {
            if (opensWithLabel(item)) {
                item.addClass(CSS_CLASS);
            }
        }
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            if (isLabel(heading.text()) && heading.parent() != null) {
                HeadingSections.wrap(heading, CSS_CLASS, element -> false);
            }
        }
    }

    /**
     * Copies the tips marked in a lesson's finished body, for the cram sheet: list items as {@code <li>}, tip
     * sections as their {@code div}, without ids (the originals keep theirs, and ids must stay unique in the guide).
     *
     * @param body the body, in a document whose output settings are already XHTML's
     */
    public static List<String> extract(Element body) {
        Elements marked = body.select("." + CSS_CLASS);
        if (marked.isEmpty()) {
            return List.of();
        }
        // A copy serializes with its document's settings; detached, it would fall back to HTML's.
        Document holder = Document.createShell("");
        holder.outputSettings(body.ownerDocument().outputSettings().clone());
        List<String> tips = new ArrayList<>();
        for (Element tip : marked) {
            Element copy = DirectiveMarks.removeFrom(tip.clone());
            copy.removeAttr("id");
            copy.select("[id]").forEach(element -> element.removeAttr("id"));
            holder.body().appendChild(copy);
            tips.add(copy.outerHtml());
            copy.remove();
        }
        return tips;
    }

    /**
     * For each tip {@link #extract} copies, in the same order, the text of the heading it sits under: the nearest
     * heading before it that is not itself inside a tip, or the empty string.
     */
    public static List<String> headings(Element body) {
        List<String> headings = new ArrayList<>();
        String last = "";
        for (Element element : body.getAllElements()) {
            if (element.hasClass(CSS_CLASS)) {
                headings.add(last);
            } else if (element.normalName().matches("h[1-6]") && element.closest("." + CSS_CLASS) == null) {
                last = element.text();
            }
        }
        return headings;
    }

    /** Whether the item's first content (itself, or its first paragraph's) is the bold label. */
    private static boolean opensWithLabel(Element item) {
        Node first = firstContent(item);
        if (first instanceof Element paragraph && paragraph.normalName().equals("p")) {
            first = firstContent(paragraph);
        }
        return first instanceof Element strong && (strong.normalName().equals("strong") || strong.normalName().equals("b"))
                && isLabel(strong.text());
    }

    private static Node firstContent(Element element) {
        for (Node child : element.childNodes()) {
            if (!(child instanceof TextNode text) || !text.isBlank()) {
                return child;
            }
        }
        return null;
    }

    /** "Exam Tip", "Exam Tips", or the words of another language ({@link StudyAidWords}), a colon allowed. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^\\s*(?:" + StudyAidWords.EXAM_TIP + ")\\s*[:：]?\\s*$");

    private static boolean isLabel(String text) {
        return LABEL.matcher(text).matches();
    }
}
