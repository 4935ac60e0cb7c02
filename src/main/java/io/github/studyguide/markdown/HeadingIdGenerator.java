package io.github.studyguide.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import io.github.studyguide.course.HeadingSlugs;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each heading of a lesson the id the course's own tool would give it ({@link HeadingSlugs}), so that the
 * links authors wrote against their site name a heading of the guide. An explicit id written after the heading,
 * {@code ## Options {#options}}, is honoured. One instance per document: it remembers the ids used.
 */
public final class HeadingIdGenerator implements HtmlIdGenerator {

    /** {@code {#id}} at the end of a heading, with any classes or attributes beside it. */
    private static final Pattern EXPLICIT = Pattern.compile("\\{[^}]*?#([^\\s}]+)[^}]*\\}\\s*$");

    private final HeadingSlugs slugs;
    private final Set<String> used = new HashSet<>();

    HeadingIdGenerator(HeadingSlugs slugs) {
        this.slugs = slugs;
    }

    @Override
    public void generateIds(Document document) {
        generateIds(document, null);
    }

    @Override
    public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getAnchorRefId().isEmpty()) {
                String text = new TextCollectingVisitor().collectAndGetText(heading);
                Matcher explicit = EXPLICIT.matcher(text);
                String id = explicit.find() ? explicit.group(1)
                        : slugs.id(text, used);
                used.add(id);
                heading.setAnchorRefId(id);
            }
        }
    }

    @Override
    public String getId(Node node) {
        return node instanceof Heading heading ? heading.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        String id = slugs.id(text.toString(), used);
        used.add(id);
        return id;
    }
}
