package io.github.studyguide.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * LaTeX math in lessons, written as pandoc, GitHub and Jupyter take it: {@code $...$} inline, {@code $$...$$}
 * display, and fenced {@code math} blocks. The one entry point of this package for the Markdown renderer; the
 * formulas come out as placeholders that {@link FormulaImages} turns into drawings.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new DollarMathParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new MathHtml());
    }
}
