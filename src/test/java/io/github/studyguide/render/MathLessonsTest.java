package io.github.studyguide.render;

import io.github.studyguide.QuizAnswers;
import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Course;
import io.github.studyguide.course.CourseAssembler;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.render.CourseRenderer;
import io.github.studyguide.render.RenderOptions;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.ParsedFile;
import io.github.studyguide.scan.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formulas through the whole lesson rendering: placeholders become drawings, bad ones code, and facts say why. */
class MathLessonsTest {

    private static final String FRONT_MATTER = "---\ntitle: 'Sums'\nsection: 1\nlesson: 1\n---\n";

    private static RenderedLesson render(String body) {
        Problems problems = new Problems();
        ParsedFile file = new FrontMatterParser().parse(new SourceFile(Path.of("sums.md"), "sums.md", FRONT_MATTER + body),
                problems).orElseThrow();
        Course course = new CourseAssembler().assemble(List.of(file), problems);
        RenderedLesson lesson = new CourseRenderer(course, Path.of("."), new RenderOptions(false, true, QuizAnswers.INLINE))
                .render(1, problems).sections().get(0).lessons().get(0);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return lesson;
    }

    private static Element body(RenderedLesson lesson) {
        return Jsoup.parseBodyFragment(lesson.xhtml()).body();
    }

    @Test
    void drawsEachFormulaAsAnSvgImageWithItsSourceAsAltText() {
        Element body = body(render("Mean $\\bar{x} = \\frac{1}{n}\\sum_i x_i$ and\n\n$$\n\\sigma^2 = E[(X-\\mu)^2]\n$$\n"));
        List<Element> images = body.select("img.math");
        assertEquals(2, images.size(), body.html());
        assertEquals("\\bar{x} = \\frac{1}{n}\\sum_i x_i", images.get(0).attr("alt"));
        assertTrue(images.get(0).hasClass("inline"));
        assertTrue(images.get(0).attr("style").matches("width:[0-9.]+em;height:[0-9.]+em;vertical-align:-[0-9.]+em"),
                images.get(0).attr("style"));
        assertEquals("\\sigma^2 = E[(X-\\mu)^2]", images.get(1).attr("alt"));
        assertTrue(images.get(1).hasClass("display"));
        String svg = new String(Base64.getDecoder().decode(images.get(1).attr("src")
                .substring("data:image/svg+xml;base64,".length())), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg ") && svg.contains("<path"), svg);
        assertFalse(body.html().contains("math-tex"), "no placeholder is left");
    }

    @Test
    void showsAFormulaThatDoesNotParseAsCodeAndSaysWhereAndWhy() {
        RenderedLesson lesson = render("Fine $x$.\n\nBroken: $\\frac{a}{b}}$\n");
        assertEquals("<code class=\"math-source inline\">\\frac{a}{b}}</code>",
                body(lesson).select("code.math-source").outerHtml());
        assertEquals(List.of(new LessonFacts.Reference("the formula $\\frac{a}{b}}$ does not parse (Found a closing"
                + " '}' without an opening '{'!); correct its LaTeX, or write \\$ for a dollar sign that is not math;"
                + " the guides show its source as code", 8)), lesson.facts().warnings());
    }

    @Test
    void anAuthorsOwnSvgDataImageIsNotLetThrough() {
        String svg = Base64.getEncoder().encodeToString("<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"
                .getBytes(StandardCharsets.UTF_8));
        Element body = body(render("<img class=\"math inline\" src=\"data:image/svg+xml;base64," + svg + "\" alt=\"x\">\n"));
        assertTrue(body.select("img").isEmpty(), body.html());
    }

    @Test
    void pricesAndCodeKeepTheirDollars() {
        Element body = body(render("It costs $5, or $10 with tax.\n\n`$x$` and \\$y\\$\n"));
        assertTrue(body.select("img").isEmpty(), body.html());
        assertEquals("It costs $5, or $10 with tax.", body.select("p").get(0).text());
        assertEquals("$x$ and $y$", body.select("p").get(1).text());
    }
}
