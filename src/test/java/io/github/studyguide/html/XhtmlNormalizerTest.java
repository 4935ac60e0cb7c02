package io.github.studyguide.html;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.course.ImageVerdicts;
import io.github.studyguide.course.ReferenceResolver;
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
}
