package io.github.studyguide.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.studyguide.aids.QuizFinder;
import io.github.studyguide.aids.StudyAidProblems;
import io.github.studyguide.internal.FontCoverage;
import io.github.studyguide.internal.LineIndex;
import io.github.studyguide.markdown.AttributeSyntax;
import io.github.studyguide.markdown.DialectProblems;
import io.github.studyguide.markdown.MarkdownRenderer;
import io.github.studyguide.math.FormulaCheck;
import io.github.studyguide.math.InlineMath;
import io.github.studyguide.math.MathFences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks a parsed lesson once and collects its {@link LessonFacts}. */
public final class LessonFactsCollector {

    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern A_HREF = Pattern.compile("<a\\b[^>]*?\\bhref\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    private static final Pattern IMG_TAG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** An alt attribute with some text in it, quoted or not. */
    private static final Pattern ALT_TEXT = Pattern.compile(
            "\\salt\\s*=\\s*(\"[^\"]*\\S[^\"]*\"|'[^']*\\S[^']*'|[^\\s\"'>]+)", Pattern.CASE_INSENSITIVE);

    private final MarkdownRenderer markdown;

    public LessonFactsCollector(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param document the parsed body
     * @param bodyLine the file line the body starts on, so that lines point into the file, front matter included
     * @param declaredQuiz whether the front matter says the lesson is a quiz
     */
    public LessonFacts collect(Document document, int bodyLine, boolean declaredQuiz) {
        markdown.idGenerator().generateIds(document);
        Set<String> anchors = new HashSet<>();
        List<LessonFacts.Reference> links = new ArrayList<>();
        List<LessonFacts.Reference> images = new ArrayList<>();
        List<LessonFacts.Reference> comments = new ArrayList<>();
        Unprintable unprintable = new Unprintable();
        // One pass over the text for every line asked: flexmark's own getStartLineNumber() counts from the start.
        LineIndex lines = LineIndex.of(document.getChars());
        IntUnaryOperator lineOf = offset -> bodyLine + lines.lineOf(offset);
        List<LessonFacts.Reference> withoutAlt = new ArrayList<>();
        List<LessonFacts.Reference> warnings = new ArrayList<>();
        DialectProblems.autodoc(document, lineOf, warnings);
        for (Node node : document.getDescendants()) {
            DialectProblems.collect(node, lineOf, warnings);
            StudyAidProblems.collect(node, lineOf, warnings);
            if (node instanceof AttributeNode attribute && attribute.isId()) {
                // {#id} after a span, a link or an image: a target like a heading's (a Carpentries glossary term).
                anchors.add(attribute.getValue().toString());
            } else if (node instanceof Heading heading && heading.getAnchorRefId() != null) {
                anchors.add(heading.getAnchorRefId());
            } else if (node instanceof Image image) {
                images.add(new LessonFacts.Reference(image.getUrl().unescape(), lineOf.applyAsInt(node.getStartOffset())));
                // The bracket text, or else a pandoc alt attribute after the image, is its alternative text.
                if (image.getText().isBlank() && AttributeSyntax.attribute(image, "alt").orElse("").isBlank()) {
                    withoutAlt.add(images.get(images.size() - 1));
                }
            } else if (node instanceof com.vladsch.flexmark.ast.Text) {
                unprintable.note(node.getChars(), node.getParent() instanceof Code ? FontCoverage.CODE : FontCoverage.TEXT,
                        node, lineOf);
            } else if (node instanceof InlineMath || node instanceof FencedCodeBlock fence && MathFences.isMath(fence)) {
                FormulaCheck.problem(MathFences.formula(node)).ifPresent(problem ->
                        warnings.add(new LessonFacts.Reference(problem, lineOf.applyAsInt(node.getStartOffset()))));
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                unprintable.note(((Block) node).getContentChars(), FontCoverage.CODE, node, lineOf);
            } else if (node instanceof Link link) {
                links.add(new LessonFacts.Reference(link.getUrl().unescape(), lineOf.applyAsInt(node.getStartOffset())));
            } else if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment
                    || node instanceof HtmlBlock || node instanceof HtmlInline) {
                collectHtml(node.getChars().toString(), node.getStartOffset(), lineOf, anchors, links, images,
                        comments, withoutAlt);
            }
        }
        return new LessonFacts(anchors, links, images, comments, nestingDepth(document),
                QuizFinder.find(document, declaredQuiz, lineOf), unprintable.found(), withoutAlt,
                warnings);
    }

    /** The deepest nesting of the tree, found without recursion so that hostile input cannot overflow the stack. */
    static int nestingDepth(Node root) {
        int depth = 0;
        int deepest = 0;
        Node node = root.getFirstChild();
        if (node != null) {
            depth = 1;
        }
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return deepest;
    }

    /** The characters the PDF's fonts lack (the text's, or the code's), each once, and the line of the first. */
    private static final class Unprintable {

        private final StringBuilder characters = new StringBuilder();
        private int firstLine;

        /** Notes what {@code text}, from {@code node}, has; the line is looked up only for the first character. */
        void note(CharSequence text, FontCoverage font, Node node, IntUnaryOperator lineOf) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < font.coveredBelow()) {
                    continue; // most characters: no code point to build
                }
                int codePoint = Character.codePointAt(text, i);
                i += Character.charCount(codePoint) - 1;
                // Invisible characters (zero-width joiners, direction marks) print nothing, glyph or not.
                if (!font.covers(codePoint) && !Character.isWhitespace(codePoint)
                        && Character.getType(codePoint) != Character.FORMAT
                        && characters.indexOf(Character.toString(codePoint)) < 0) {
                    firstLine = characters.length() == 0 ? lineOf.applyAsInt(node.getStartOffset()) : firstLine;
                    characters.appendCodePoint(codePoint);
                }
            }
        }

        List<LessonFacts.Reference> found() {
            return characters.length() == 0 ? List.of() : List.of(new LessonFacts.Reference(characters.toString(), firstLine));
        }
    }

    /**
     * @param start the HTML's offset in the document
     * @param lineOf the file line of an offset in the document
     */
    private static void collectHtml(String html, int start, IntUnaryOperator lineOf, Set<String> anchors,
            List<LessonFacts.Reference> links, List<LessonFacts.Reference> images, List<LessonFacts.Reference> comments,
            List<LessonFacts.Reference> withoutAlt) {
        Matcher comment = COMMENT.matcher(html);
        while (comment.find()) {
            comments.add(new LessonFacts.Reference(comment.group(1).trim(), lineOf.applyAsInt(start + comment.start())));
        }
        // Blanked rather than removed, so that offsets after a comment still point into the document.
        String withoutComments = blankComments(html);
        addAll(IMG_SRC, withoutComments, start, lineOf, images);
        Matcher img = IMG_TAG.matcher(withoutComments);
        while (img.find()) {
            if (!ALT_TEXT.matcher(img.group()).find()) {
                Matcher src = IMG_SRC.matcher(img.group());
                withoutAlt.add(new LessonFacts.Reference(src.find() ? src.group(1) : "",
                        lineOf.applyAsInt(start + img.start())));
            }
        }
        addAll(A_HREF, withoutComments, start, lineOf, links);
        Matcher id = ID.matcher(withoutComments);
        while (id.find()) {
            anchors.add(id.group(1));
        }
    }

    private static void addAll(Pattern pattern, String html, int start, IntUnaryOperator lineOf,
            List<LessonFacts.Reference> into) {
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            into.add(new LessonFacts.Reference(matcher.group(1), lineOf.applyAsInt(start + matcher.start())));
        }
    }

    /** The HTML with each comment's characters replaced by spaces, line feeds kept. */
    private static String blankComments(String html) {
        StringBuilder blanked = new StringBuilder(html);
        Matcher comment = COMMENT.matcher(html);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (blanked.charAt(i) != '\n') {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        return blanked.toString();
    }
}
