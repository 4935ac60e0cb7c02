package io.github.studyguide.xhtml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntaxHighlighterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            java       | public class Hello { /* two\\nlines */ String s = "x"; }      | <span class="tok-keyword">public</span>
            python     | def greet(name):\\n    return f'hi {name}'  # done          | <span class="tok-keyword">def</span>
            bash       | #!/bin/bash\\nfor f in *.txt; do echo "$f"; done              | <span class="tok-keyword">for</span>
            sh         | export NAME=value                                               | <span class="tok-function">export</span>
            json       | {"name": "web", "count": 3, "on": true}                         | <span class="tok-number">3</span>
            yaml       | # comment\\nname: web                                           | <span class="tok-comment"># comment</span>
            xml        | <task id="1"><!-- note --></task>                               | <span class="tok-attr">id</span>
            html       | <p class="x">Hi</p>                                             | <span class="tok-tag">&lt;p</span>
            sql        | SELECT id FROM users WHERE age > 21;                            | <span class="tok-keyword">SELECT</span>
            javascript | const f = (a) => `t ${a}`; // end                               | <span class="tok-keyword">const</span>
            """)
    void coloursEveryRequiredLanguageAndKeepsTheTextExactly(String language, String escapedCode, String expected) {
        String code = escapedCode.replace("\\n", "\n");
        String html = SyntaxHighlighter.highlight(code, language);
        assertTrue(html.contains(expected), html);
        assertEquals(code, unescape(html.replaceAll("<[^>]+>", "")));
    }

    @Test
    void multiLineCommentsKeepTheirColourOnEveryLine() {
        String html = SyntaxHighlighter.highlight("int a;\n/* one\ntwo */\nint b;", "java");
        assertTrue(html.contains("<span class=\"tok-comment\">two */</span>"), html);
        assertTrue(html.endsWith("<span class=\"tok-type\">int</span> b;"), html);
    }

    @Test
    void unknownLanguagesStayPlain() {
        assertNull(SyntaxHighlighter.highlight("x = 1", "brainfork"));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
