package io.github.studyguide.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.github.studyguide.xhtml.ImplicitFigures;

import java.util.Optional;
import java.util.Set;

/**
 * Pandoc's attribute sets, {@code {#id .class key=value}}, after images, headings, links and fenced code, parsed by
 * flexmark-ext-attributes, with what pandoc does that flexmark does not:
 * <ul>
 *   <li>a bracketed span {@code [text]{.class}} (flexmark reads it as an undefined reference link) becomes a
 *       {@code span} instead of printing its brackets;</li>
 *   <li>an image's bracket text stays its alternative text when an {@code alt} attribute is given too (flexmark lets
 *       the attribute win), and is kept in {@value #CAPTION_ATTRIBUTE} for {@link ImplicitFigures}' caption.</li>
 * </ul>
 * Attributes that XHTML does not know ({@code target}, {@code data-*}) are dropped later by the normalizer; the
 * attribute set itself never prints.
 */
public final class AttributeSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Carries an image's bracket text to {@link ImplicitFigures}; dropped with the other unknown attributes. */
    public static final String CAPTION_ATTRIBUTE = "data-caption";

    private final AttributesExtension attributes = AttributesExtension.create();

    private AttributeSyntax() {
    }

    static AttributeSyntax create() {
        return new AttributeSyntax();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        attributes.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        attributes.extend(builder);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        attributes.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        attributes.extend(builder, rendererType);
        builder.nodeRendererFactory(options -> new SpanRenderer());
        builder.attributeProviderFactory(new BracketAlt());
    }

    /** Renders {@code [text]{...}} as a span; any other reference link as flexmark does. */
    private static final class SpanRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(LinkRef.class, SpanRenderer::render));
        }

        private static void render(LinkRef ref, NodeRendererContext context, HtmlWriter html) {
            if (ref.isDefined() || !(ref.getNext() instanceof AttributesNode)) {
                context.delegateRender();
                return;
            }
            html.withAttr().tag("span");
            context.renderChildren(ref);
            html.closeTag("span");
        }
    }

    /**
     * The value of an attribute in the set right after {@code node} ({@code ![](x.svg){alt='A tree'}}), as the
     * checks need it before rendering; empty when there is no such set or no such attribute in it.
     */
    public static Optional<String> attribute(Node node, String name) {
        if (!(node.getNext() instanceof AttributesNode set)) {
            return Optional.empty();
        }
        for (Node child = set.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute && attribute.getName().toString().equals(name)) {
                return Optional.of(attribute.getValue().toString());
            }
        }
        return Optional.empty();
    }

    /** Puts an image's bracket text back as its {@code alt}, after the attribute set has had its say. */
    private static final class BracketAlt extends IndependentAttributeProviderFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AttributesAttributeProvider.Factory.class);
        }

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof Image image) {
                    String brackets = new TextCollectingVisitor().collectAndGetText(image).strip();
                    if (!brackets.isEmpty()) {
                        attributes.replaceValue("alt", brackets);
                        attributes.replaceValue(CAPTION_ATTRIBUTE, brackets);
                    }
                }
            };
        }
    }
}
