package io.github.studyguide.markdown;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.studyguide.aids.QuizFinder;
import io.github.studyguide.callouts.GithubAlerts;
import io.github.studyguide.course.HeadingSlugs;
import io.github.studyguide.math.MathExtension;
import io.github.studyguide.xhtml.XhtmlNormalizer;

import java.util.List;

/**
 * CommonMark with the GitHub extensions course authors use (tables, strikethrough, task lists, autolinks),
 * footnotes, LaTeX math ({@link MathExtension}) and the dialects of pandoc and MkDocs (attribute sets, fenced divs,
 * admonitions, definition lists), rendered to HTML by flexmark-java. The output is HTML, not yet XHTML:
 * {@link XhtmlNormalizer} cleans it.
 * Thread-safe: flexmark's parser and renderer keep no state between documents.
 */
public final class MarkdownRenderer {

    private final DataHolder options;
    private final Parser parser;
    private final HtmlRenderer renderer;

    private final HeadingSlugs slugs;

    public MarkdownRenderer() {
        this(HeadingSlugs.GITHUB);
    }

    /** @param slugs how heading ids are made, as the course's own tool makes them */
    public MarkdownRenderer(HeadingSlugs slugs) {
        this.slugs = slugs;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                Autolinks.create(),
                FootnoteExtension.create(),
                SharedHtmlBlocks.create(),
                // The dialects authors bring from pandoc, MkDocs and GitHub (alerts need no parser: GithubAlerts).
                AttributeSyntax.create(),
                Admonitions.create(),
                FencedDivs.create(),
                DefinitionExtension.create(),
                MathExtension.create()));
        // GitHub's table rules: the header decides the column count.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.options = options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new QuizFinder.Marker())
                .htmlIdGeneratorFactory(idGenerators()).build();
    }

    /** Makes heading ids for a document; the renderer and the facts collector use the same. */
    public HeadingIdGenerator idGenerator() {
        return new HeadingIdGenerator(slugs);
    }

    private HeaderIdGeneratorFactory idGenerators() {
        return new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return idGenerator();
            }

            @Override
            public HtmlIdGenerator create() {
                return idGenerator();
            }
        };
    }

    /** The options the renderer uses, so that heading ids computed elsewhere match the rendered ones. */
    DataHolder options() {
        return options;
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Document document) {
        return renderer.render(document);
    }
}
