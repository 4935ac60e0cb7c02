package io.github.studyguide.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.github.studyguide.callouts.Callout;
import io.github.studyguide.callouts.DivLooks;

import java.util.Set;

/**
 * Admonitions as MkDocs and Python-Markdown write them, {@code !!! note "Optional title"} with an indented body, and
 * the collapsible {@code ???} ones, which print open. flexmark-ext-admonition parses them; its own HTML (inline SVG
 * icons, a script to collapse) suits neither guide, so they are rendered here as
 * {@code <div data-callout="note" data-callout-title="...">} for {@link DivLooks} to dress as a {@link Callout}.
 */
public final class Admonitions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final AdmonitionExtension parsing = AdmonitionExtension.create();

    private Admonitions() {
    }

    static Admonitions create() {
        return new Admonitions();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        parsing.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        parsing.extend(builder);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, Renderer::render));
        }

        private static void render(AdmonitionBlock block, NodeRendererContext context, HtmlWriter html) {
            String kind = block.getInfo().toString();
            html.line();
            html.attr(DivLooks.CALLOUT_ATTRIBUTE, kind);
            // MkDocs: no title given means the kind's (DivLooks gives it, in the guide's language); an empty one
            // ("") means none.
            if (block.getTitleOpeningMarker().isNotNull()) {
                html.attr(DivLooks.TITLE_ATTRIBUTE, block.getTitle().toString());
            }
            html.withAttr().tag("div").line();
            context.renderChildren(block);
            html.line().closeTag("div").line();
        }
    }
}
