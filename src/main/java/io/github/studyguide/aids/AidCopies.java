package io.github.studyguide.aids;

import io.github.studyguide.xhtml.DirectiveMarks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/**
 * Copies of a lesson's elements for the appendices and flashcards: without ids (the originals keep theirs, and ids
 * must stay unique in the guide) and without the marks of directives, as XHTML whatever document they came from.
 */
final class AidCopies {

    private AidCopies() {
    }

    /** A detached copy, ids and directives' marks removed. */
    static Element copy(Element element) {
        Element copy = DirectiveMarks.removeFrom(element.clone());
        copy.removeAttr("id");
        copy.select("[id]").forEach(inner -> inner.removeAttr("id"));
        return copy;
    }

    /** The element itself, as XHTML. */
    static String outer(Element copy) {
        return serialized(copy, true);
    }

    /** What the element holds, as XHTML. */
    static String inner(Element copy) {
        return serialized(copy, false);
    }

    private static String serialized(Element copy, boolean outer) {
        // A detached element serializes with HTML's settings; in a holder it takes XHTML's.
        Document holder = Document.createShell("");
        holder.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        holder.body().appendChild(copy);
        String html = outer ? copy.outerHtml() : copy.html();
        copy.remove();
        return html.strip();
    }
}
