package io.github.studyguide.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become links), run only on
 * text that could hold one. Its post-processor scans every text node with a regular expression and with
 * autolink-java's extractor: a quarter of all Markdown parsing, on lessons with hardly a bare URL. Every link it
 * finds needs {@code ://}, an {@code @} (an e-mail address) or {@code www}, and so does every match of its
 * expression; an entity could hide one only behind a {@code &}, a backslash escape only right after the colon.
 * A text node without any of these is left alone, as the extension would leave it; any other goes to the
 * extension. So is any node followed by an entity (or typographic text), which the extension joins to the text
 * before it.
 */
final class Autolinks implements Parser.ParserExtension {

    private Autolinks() {
    }

    static Autolinks create() {
        return new Autolinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the extension could find a link in the text starting at {@code node}. */
    static boolean mayHoldLink(Node node) {
        if (node.getNext() instanceof HtmlEntity || node.getNext() instanceof TypographicText) {
            return true;
        }
        BasedSequence chars = node.getChars();
        // A plain slice of the lesson is read in place: copying every text node into a String was most of the work.
        if (chars instanceof SubSequence && chars.getBase() instanceof String lesson) {
            return mayHoldLink(lesson, chars.getStartOffset(), chars.getEndOffset());
        }
        String text = chars.toString();
        return mayHoldLink(text, 0, text.length());
    }

    /**
     * Whether {@code text[start, end)} has an {@code @}, an {@code &}, {@code www}, or a {@code :} followed by
     * {@code /} or by a backslash that could escape one: a URL needs {@code ://}, and most colons in lessons end a
     * bold label instead.
     */
    private static boolean mayHoldLink(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '&') {
                return true;
            }
            if (c == 'w' && i + 2 < end && text.charAt(i + 1) == 'w' && text.charAt(i + 2) == 'w') {
                return true;
            }
            if (c == ':' && i + 1 < end && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '\\')) {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node)) {
                        links.process(state, node);
                    }
                }
            };
        }
    }
}
