package io.github.studyguide.epub;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class Html5MarkupTest {

    @Test
    void tableAlignmentBecomesCssAndPresentationalAttributesGo() {
        assertEquals("""
                <table style="width: 80%;"><thead><tr><th scope="col" style="text-align: right;">n</th></tr></thead>\
                <tbody><tr><td style="text-align: center; vertical-align: top; color: red">1</td></tr></tbody></table>""",
                Html5Markup.of("""
                <table summary="numbers" border="1" width="80%"><thead><tr><th align="right" scope="col">n</th></tr>\
                </thead><tbody><tr><td align="center" valign="top" scope="row" style="color: red">1</td></tr></tbody></table>"""));
    }

    @Test
    void obsoleteElementsBecomeTheirHtml5Equivalents() {
        assertEquals("<p><code>ls</code>, <abbr title=\"disk\">HDD</abbr>, <span class=\"big\">big</span></p>",
                Html5Markup.of("<p><tt>ls</tt>, <acronym title=\"disk\">HDD</acronym>, <big class=\"x\">big</big></p>"));
    }

    @Test
    void anImageSizeThatIsNotPixelsMovesToItsStyle() {
        assertEquals("<img src=\"a.png\" alt=\"A\" height=\"20\" style=\"width: 50%;\" />",
                Html5Markup.of("<img src=\"a.png\" alt=\"A\" width=\"50%\" height=\"20\" />"));
        assertEquals("<img src=\"a.png\" alt=\"A\" />", Html5Markup.of("<img src=\"a.png\" alt=\"A\" width=\"1;x:y\" />"),
                "a value that is no length is dropped, never copied into CSS");
    }

    @Test
    void footnotesAreMarkedAsEndnotes() {
        assertEquals("""
                <p>A<sup id="l_fnref-1"><a class="footnote-ref" epub:type="noteref" role="doc-noteref" href="#l_fn-1">1</a>\
                </sup></p><div class="footnotes" epub:type="endnotes" role="doc-endnotes"><ol><li id="l_fn-1"><p>N \
                <a class="footnote-backref" role="doc-backlink" href="#l_fnref-1">↩</a></p></li></ol></div>""",
                Html5Markup.of("""
                <p>A<sup id="l_fnref-1"><a class="footnote-ref" href="#l_fn-1">1</a></sup></p><div class="footnotes">\
                <ol><li id="l_fn-1"><p>N <a class="footnote-backref" href="#l_fnref-1">↩</a></p></li></ol></div>"""));
    }

    @Test
    void textThatShowsMarkupIsLeftAlone() {
        String code = "<pre><code>&lt;td align=\"left\"&gt; and &lt;tt&gt;</code></pre>";
        assertSame(code, Html5Markup.of(code));
    }
}
