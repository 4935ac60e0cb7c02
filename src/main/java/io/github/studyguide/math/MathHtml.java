package io.github.studyguide.math;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

/**
 * Writes each formula as a placeholder holding its LaTeX source, {@code <span class="math-tex inline">} or
 * {@code <span class="math-tex display">}: {@link FormulaImages} later replaces it with the drawing, once the
 * lesson's HTML has been made safe (the drawing is ours, not the author's, so it must not go through the
 * sanitizer that drops SVG). A {@code math} fence becomes display math; any other fence renders as before.
 */
final class MathHtml implements NodeRenderer {

    /** The placeholder's class; its second class says inline or display. */
    static final String PLACEHOLDER_CLASS = "math-tex";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(InlineMath.class, (node, context, html) -> write(node.formula(), html)),
                new NodeRenderingHandler<>(FencedCodeBlock.class, MathHtml::fence));
    }

    private static void fence(FencedCodeBlock fence, NodeRendererContext context, HtmlWriter html) {
        if (!MathFences.isMath(fence)) {
            context.delegateRender();
            return;
        }
        // In a paragraph of its own, as a $$ formula on its own lines is.
        html.line().tag("p");
        write(MathFences.formula(fence), html);
        html.tag("/p").line();
    }

    private static void write(Formula formula, HtmlWriter html) {
        html.withAttr().attr("class", PLACEHOLDER_CLASS + (formula.display() ? " display" : " inline"))
                .tag("span").text(formula.source()).tag("/span");
    }
}
