package io.github.studyguide.xhtml;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.refs.ImageVerdicts;
import io.github.studyguide.refs.LessonReferences;
import io.github.studyguide.refs.ReferenceResolver;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XhtmlNormalizerTest {

    private final Path root = Path.of("lessons").toAbsolutePath();
    private final LessonReferences references =
            new LessonReferences(new ReferenceResolver(root), new ImageVerdicts(), Map.of(), root.resolve("section.md"));

    private XhtmlNormalizer.Normalized normalize(String html) {
        Element heading = new Element("h1").id("s7").addClass("section-title")
                .text("Section 7: Caf\u00e9 & <Containers> \"quoted\" 'too'\u00a0\u2014 done");
        return new XhtmlNormalizer().normalize(html, "s7", heading, "Containers", 2, references, false,
                QuizAnswers.SECTION_END);
    }

    @Test
    void aSectionWithoutAPageIsItsHeadingAsTheFullPathWritesIt() {
        // A comment is dropped, so this page renders to nothing, through every step.
        XhtmlNormalizer.Normalized walked = normalize("<!-- nothing to show -->");
        XhtmlNormalizer.Normalized blank = normalize("");
        assertEquals(walked, blank);
        assertEquals("<h1 id=\"s7\" class=\"section-title\">Section 7: Caf\u00e9 &amp; &lt;Containers&gt; \"quoted\""
                + " 'too'&#xa0;\u2014 done</h1>", blank.xhtml());
        assertEquals(List.of(), blank.quizAnswers());
    }

    /** Carpentries lessons open with ### and go on with ##: the ### may not sit two levels below the title. */
    @Test
    void noHeadingSkipsALevelBelowTheOneBeforeIt() {
        String xhtml = normalize("<h3 id=\"opening\">Opening</h3><h2 id=\"part\">Part</h2><h4 id=\"deep\">Deep</h4>"
                + "<h3 id=\"sub\">Sub</h3><h6 id=\"deeper\">Deeper</h6>").xhtml();
        assertEquals("<h1 id=\"s7\" class=\"section-title\">", xhtml.substring(0, xhtml.indexOf('>') + 1));
        assertEquals("<h2 id=\"s7_opening\">Opening</h2><h2 id=\"s7_part\">Part</h2><h3 id=\"s7_deep\">Deep</h3>"
                + "<h3 id=\"s7_sub\">Sub</h3><h4 id=\"s7_deeper\">Deeper</h4>", xhtml.substring(xhtml.indexOf("</h1>") + 5));
    }
}
