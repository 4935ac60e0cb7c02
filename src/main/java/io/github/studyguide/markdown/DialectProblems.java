package io.github.studyguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studyguide.callouts.Callout;
import io.github.studyguide.check.LessonFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The near misses of the dialects, which print as text where the author meant a call-out or a div, found in the
 * parsed lesson for the checks: an alert of an unknown kind or with text on its marker's line, a fenced div never
 * closed, a line of colons that closes none, an opening fence whose class does not parse; and mkdocstrings
 * directives, which only mkdocstrings can fill.
 */
public final class DialectProblems {

    private static final Pattern COLON_LINE = Pattern.compile("[ \\t]{0,3}(:{3,}.*)");
    private static final Pattern ALERT_LINE = Pattern.compile("[ \\t]*\\[!([A-Za-z]+)\\](.*)");

    private DialectProblems() {
    }

    /**
     * @param node a node of the parsed lesson
     * @param lineOf the file line of an offset in the parsed text
     * @param into where each problem goes, as its message and line
     */
    public static void collect(Node node, IntUnaryOperator lineOf, List<LessonFacts.Reference> into) {
        if (node instanceof FencedDivs.FencedDiv div && !div.closed()) {
            into.add(new LessonFacts.Reference("fenced div " + div.openingFence() + " is never closed, so it ends"
                    + " with the lesson or the block around it; close it with a line of three colons :::",
                    lineOf.applyAsInt(node.getStartOffset())));
        } else if (node instanceof BlockQuote && node.getFirstChild() instanceof Paragraph paragraph) {
            alert(paragraph, lineOf, into);
        }
        if (node instanceof Paragraph paragraph) {
            strayFences(paragraph, lineOf, into);
        }
    }

    /**
     * The lesson's mkdocstrings directives, in one warning at the first: the guides show each object's name where
     * mkdocstrings would write its documentation (a site's API pages hold dozens).
     */
    public static void autodoc(Node document, IntUnaryOperator lineOf, List<LessonFacts.Reference> into) {
        List<FencedDivs.AutodocDirective> directives = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedDivs.AutodocDirective directive) {
                directives.add(directive);
            }
        }
        if (directives.isEmpty()) {
            return;
        }
        String named = directives.stream().limit(2).map(d -> "::: " + d.name()).collect(Collectors.joining(", "))
                + (directives.size() > 2 ? " and " + (directives.size() - 2) + " more" : "");
        into.add(new LessonFacts.Reference((directives.size() == 1 ? "the mkdocstrings directive " : directives.size()
                + " mkdocstrings directives (") + named + (directives.size() == 1 ? "" : ")")
                + " would insert API documentation that only mkdocstrings writes, from the Python code; the guides"
                + " show each object's name instead", lineOf.applyAsInt(directives.get(0).getStartOffset())));
    }

    private static void alert(Paragraph paragraph, IntUnaryOperator lineOf, List<LessonFacts.Reference> into) {
        String first = paragraph.getChars().toString().lines().findFirst().orElse("");
        Matcher marker = ALERT_LINE.matcher(first);
        if (!marker.matches()) {
            return;
        }
        int line = lineOf.applyAsInt(paragraph.getStartOffset());
        String written = "[!" + marker.group(1) + "]";
        if (Callout.Kind.named(marker.group(1)).isEmpty()) {
            into.add(new LessonFacts.Reference(written + " is not a GitHub alert, so the quote prints as it is; the"
                    + " kinds are [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] and [!CAUTION]", line));
        } else if (!marker.group(2).isBlank()) {
            into.add(new LessonFacts.Reference(written + " makes a call-out only alone on its line, so the quote"
                    + " prints as it is; move the text after it to the next line (> " + written.toUpperCase(Locale.ROOT)
                    + ", then > text)", line));
        }
    }

    /** Lines of colons that reached a paragraph: no div opened or closed there. */
    private static void strayFences(Paragraph paragraph, IntUnaryOperator lineOf, List<LessonFacts.Reference> into) {
        List<String> lines = paragraph.getChars().toString().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher colons = COLON_LINE.matcher(lines.get(i));
            if (!colons.matches()) {
                continue;
            }
            int line = lineOf.applyAsInt(paragraph.getStartOffset()) + i;
            String fence = colons.group(1).strip();
            if (FencedDivs.isClosingFence(fence)) {
                into.add(new LessonFacts.Reference("the line " + fence + " closes no fenced div and prints as text;"
                        + " remove it, or open a div above with ::: and a class name", line));
            } else {
                into.add(new LessonFacts.Reference(fence + " opens no fenced div and prints as text; after the"
                        + " colons write one class name (::: note) or an attribute set (::: {.note #id})", line));
            }
        }
    }
}
