package io.github.studyguide.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's HTML block parser, with the regular expressions it needs compiled once for all lessons rather than
 * once per lesson. flexmark builds a new block factory for every document, and that factory compiles eight patterns
 * (one of them lists every HTML block tag) on the first line that starts with {@code <}: in every lesson with a
 * {@code <!-- pagebreak -->}. That was a tenth of all Markdown parsing.
 *
 * <p>The factory reads nothing but the parser's options, which are the same for every document, and keeps nothing
 * but those settings and the compiled patterns, which are immutable; so one factory serves every document, on every
 * thread. This replaces flexmark's own (turned off with {@link Parser#HTML_BLOCK_PARSER}) by a subclass that
 * declares the same order among the block parsers; {@code SharedHtmlBlocksTest} checks that lessons parse as they
 * did.
 */
final class SharedHtmlBlocks implements Parser.ParserExtension {

    private SharedHtmlBlocks() {
    }

    static SharedHtmlBlocks create() {
        return new SharedHtmlBlocks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HTML_BLOCK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    private static final class Factory extends HtmlBlockParser.Factory {

        private volatile BlockParserFactory shared;

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory factory = shared;
            if (factory == null) {
                // Two threads may both build one; either serves, and the patterns are then compiled once more only.
                factory = super.apply(options);
                shared = factory;
            }
            return factory;
        }
    }
}
