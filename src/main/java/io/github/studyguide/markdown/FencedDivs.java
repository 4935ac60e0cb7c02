package io.github.studyguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.studyguide.callouts.DivLooks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's fenced divs: a line of three or more colons followed by a class name or an attribute set
 * ({@code ::: note}, {@code :::: {.callout-tip #setup title="Before you start"}}) opens a div, which holds blocks,
 * other fenced divs among them, up to a line of three or more colons alone, which closes the innermost open one.
 * flexmark has no extension for them.
 *
 * <p>The div is rendered as {@code <div data-fenced-div="classes">}; {@link DivLooks} then decides from its classes
 * what it becomes in the guides. A div that is never closed ends with the block around it (or the lesson), and
 * {@link DialectProblems} says where it opened. Pandoc instead reads such a fence as paragraph text; keeping the
 * div keeps the look the author meant for the text after it, and the warning says how to close it.
 */
public final class FencedDivs implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The attribute that carries a fenced div's classes from the Markdown renderer to {@link DivLooks}. */
    public static final String CLASSES_ATTRIBUTE = "data-fenced-div";
    /** The attribute that carries a fenced div's {@code title="..."} to {@link DivLooks}. */
    static final String TITLE_ATTRIBUTE = DivLooks.TITLE_ATTRIBUTE;

    private static final Pattern OPENING = Pattern.compile("(:{3,})[ \\t]*([^:\\s][^\\n]*?)[ \\t]*:*[ \\t]*\\n?");
    /**
     * What follows the colons of an mkdocstrings directive ({@code ::: mkdocs.structure.pages.Page}): a dotted
     * Python name, which no div's class is.
     */
    private static final Pattern AUTODOC_NAME = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+");

    private FencedDivs() {
    }

    static FencedDivs create() {
        return new FencedDivs();
    }

    /**
     * Whether a line (without its indentation) is a closing fence: three colons or more, alone. By hand rather than
     * by a pattern: every open div asks it of every line, and a matcher on flexmark's sequences costs microseconds.
     */
    static boolean isClosingFence(CharSequence line) {
        int colons = 0;
        while (colons < line.length() && line.charAt(colons) == ':') {
            colons++;
        }
        if (colons < 3) {
            return false;
        }
        for (int i = colons; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether a node is the closing fence of a div, which stands between the div and what follows it. */
    public static boolean isFence(Node node) {
        return node instanceof ClosingFence;
    }

    /** The classes of a fenced div, lower case; empty for any other node. */
    public static List<String> classesOf(Node node) {
        return node instanceof FencedDiv div
                ? div.attributes().classes().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList() : List.of();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** A fenced div in the parsed lesson. */
    static final class FencedDiv extends Block {

        private final PandocAttributes attributes;
        private boolean closed;

        FencedDiv(BasedSequence openingLine, PandocAttributes attributes) {
            super(openingLine);
            this.attributes = attributes;
        }

        PandocAttributes attributes() {
            return attributes;
        }

        /** Whether a closing fence ended it; otherwise the block around it or the lesson did. */
        boolean closed() {
            return closed;
        }

        /** The opening fence as written, for messages. */
        String openingFence() {
            return getChars().toString().lines().findFirst().orElse("").strip();
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class DivParser extends AbstractBlockParser {

        private final FencedDiv block;
        private final BasedSequence openingLine;
        private final DivStarts factory;
        /** How many divs were open around this one when it opened. */
        private final int depth;

        DivParser(BasedSequence openingLine, PandocAttributes attributes, DivStarts factory) {
            this.openingLine = openingLine;
            this.factory = factory;
            this.depth = factory.openDivs++;
            this.block = new FencedDiv(openingLine, attributes);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() < 4 && !state.isBlank()
                    && isClosingFence(state.getLine().subSequence(state.getNextNonSpaceIndex()))
                    && closesHere(state)) {
                // Not matching the line closes this div and whatever is open inside it (a paragraph, a list);
                // finishing it would leave those open. The factory then takes the fence itself.
                block.closed = true;
                factory.closedOnLine = state.getLineNumber();
                return BlockContinue.none();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        /**
         * Whether a closing fence on this line closes this div: not when a div opened inside it is still open (the
         * fence closes that one), nor inside fenced code or an HTML block, where colons are content. Counted, not
         * searched for among the open blocks: a lesson of thousands of nested divs would take cubic time.
         */
        private boolean closesHere(ParserState state) {
            BlockParser innermost = state.getActiveBlockParser();
            return depth == factory.openDivs - 1
                    && !(innermost instanceof FencedCodeBlockParser || innermost instanceof HtmlBlockParser);
        }

        @Override
        public void closeBlock(ParserState state) {
            // Divs close innermost first, by their fence or with the block around them.
            factory.openDivs = depth;
            if (block.getLastChild() != null) {
                block.setChars(openingLine.baseSubSequence(openingLine.getStartOffset(),
                        block.getLastChild().getChars().getEndOffset()));
            }
        }
    }

    private static final class Factory implements CustomBlockParserFactory {

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new DivStarts(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    /** Opens fenced divs, and takes the closing fence of the one that just closed. One per document. */
    private static final class DivStarts extends AbstractBlockParserFactory {

        /** The line on which a div last closed, whose fence is then no paragraph text. */
        private int closedOnLine = -1;
        /** How many divs are open. */
        private int openDivs;

        DivStarts(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex());
            if (closedOnLine == state.getLineNumber() && isClosingFence(line)) {
                return BlockStart.of(new FenceParser(line.trimEOL())).atIndex(state.getLineEndIndex());
            }
            Matcher opening = OPENING.matcher(line);
            if (!opening.matches()) {
                return BlockStart.none();
            }
            if (AUTODOC_NAME.matcher(opening.group(2)).matches()) {
                return BlockStart.of(new AutodocParser(line.trimEOL(), opening.group(2))).atIndex(state.getLineEndIndex());
            }
            Optional<PandocAttributes> attributes = PandocAttributes.parse(opening.group(2));
            if (attributes.isEmpty()) {
                return BlockStart.none();
            }
            return BlockStart.of(new DivParser(line.trimEOL(), attributes.get(), this))
                    .atIndex(state.getLineEndIndex());
        }
    }

    /**
     * An mkdocstrings directive: {@code ::: package.module.Name} and the indented options under it. On the site,
     * mkdocstrings writes the API documentation of that Python object there, from the code; the guides cannot, so
     * they show the object's name where it would be ({@link DialectProblems} says so once per lesson). Read as a
     * fenced div, it never closed and took the rest of the page into it.
     */
    public static final class AutodocDirective extends Block {

        private final String name;

        AutodocDirective(BasedSequence line, String name) {
            super(line);
            this.name = name;
        }

        /** The dotted name of the Python object. */
        public String name() {
            return name;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class AutodocParser extends AbstractBlockParser {

        private final AutodocDirective block;

        AutodocParser(BasedSequence line, String name) {
            this.block = new AutodocDirective(line, name);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        /** Its options are the lines indented under it, up to the first blank or unindented line. */
        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (!state.isBlank() && state.getIndent() >= 4) {
                return BlockContinue.atIndex(state.getLineEndIndex());
            }
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }

    /** A closing fence: one line, rendered as nothing. */
    static final class ClosingFence extends Block {

        ClosingFence(BasedSequence line) {
            super(line);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class FenceParser extends AbstractBlockParser {

        private final ClosingFence block;

        FenceParser(BasedSequence line) {
            this.block = new ClosingFence(line);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedDiv.class, Renderer::render),
                    new NodeRenderingHandler<>(ClosingFence.class, (fence, context, html) -> { }),
                    new NodeRenderingHandler<>(AutodocDirective.class, (directive, context, html) ->
                            html.line().attr("class", "autodoc").withAttr().tag("p").tag("code")
                                    .text(directive.name()).closeTag("code").closeTag("p").line()));
        }

        private static void render(FencedDiv div, NodeRendererContext context, HtmlWriter html) {
            PandocAttributes attributes = div.attributes();
            html.line();
            html.attr(CLASSES_ATTRIBUTE, String.join(" ", attributes.classes()));
            if (!attributes.id().isEmpty()) {
                html.attr("id", attributes.id());
            }
            String title = attributes.values().get("title");
            if (title != null) {
                html.attr(TITLE_ATTRIBUTE, title);
            }
            html.withAttr().tag("div").line();
            context.renderChildren(div);
            html.line().closeTag("div").line();
        }
    }
}
