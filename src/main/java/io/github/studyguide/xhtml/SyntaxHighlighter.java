package io.github.studyguide.xhtml;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javax.swing.text.Segment;

import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GroovyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * Highlights code at build time, so that both guides show colours without any script: the code becomes escaped text
 * with {@code <span class="tok-keyword">} and the like around its tokens. The lexers are RSyntaxTextArea's
 * (JFlex-generated, BSD licence), used without any Swing UI, so they work headless.
 *
 * <p>Thread-safe: the lexers keep state, so each call makes its own (cheap: their tables are static).
 *
 * <p>Removing the tags from the result and un-escaping it gives exactly the input, line breaks, tabs and trailing
 * spaces included; spans never cross a line break, so wrapped lines in the PDF keep their colours.
 */
final class SyntaxHighlighter {

    /** Fenced-code info-string language (lower case) -> TokenMaker factory. */
    private static final Map<String, Supplier<TokenMaker>> LANGUAGES = Map.ofEntries(
            Map.entry("java", JavaTokenMaker::new),
            Map.entry("python", PythonTokenMaker::new),
            Map.entry("py", PythonTokenMaker::new),
            Map.entry("bash", UnixShellTokenMaker::new),
            Map.entry("sh", UnixShellTokenMaker::new),
            Map.entry("shell", UnixShellTokenMaker::new),
            Map.entry("console", UnixShellTokenMaker::new),
            Map.entry("zsh", UnixShellTokenMaker::new),
            Map.entry("json", JsonTokenMaker::new),
            Map.entry("yaml", YamlTokenMaker::new),
            Map.entry("yml", YamlTokenMaker::new),
            Map.entry("xml", XMLTokenMaker::new),
            Map.entry("xhtml", XMLTokenMaker::new),
            Map.entry("svg", XMLTokenMaker::new),
            Map.entry("html", HTMLTokenMaker::new),
            Map.entry("htm", HTMLTokenMaker::new),
            Map.entry("sql", SQLTokenMaker::new),
            Map.entry("javascript", JavaScriptTokenMaker::new),
            Map.entry("js", JavaScriptTokenMaker::new),
            // cheap extras
            Map.entry("typescript", TypeScriptTokenMaker::new),
            Map.entry("ts", TypeScriptTokenMaker::new),
            Map.entry("css", CSSTokenMaker::new),
            Map.entry("kotlin", KotlinTokenMaker::new),
            Map.entry("groovy", GroovyTokenMaker::new),
            Map.entry("properties", PropertiesFileTokenMaker::new),
            Map.entry("dockerfile", DockerTokenMaker::new));

    private SyntaxHighlighter() {
    }

    /** True if {@link #highlight} would return non-null for this language. */
    static boolean supports(String language) {
        return language != null && LANGUAGES.containsKey(language.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * @param code     the raw code (no escaping), may contain \n or \r\n line breaks
     * @param language info-string language, case-insensitive, e.g. "java", "sh"
     * @return highlighted, XHTML-escaped markup (no surrounding pre/code), or null if
     *         the language is unknown
     */
    static String highlight(String code, String language) {
        if (code == null || language == null) {
            return null;
        }
        Supplier<TokenMaker> factory = LANGUAGES.get(language.trim().toLowerCase(Locale.ROOT));
        if (factory == null) {
            return null;
        }
        TokenMaker maker = factory.get(); // one per call: TokenMakers are not thread-safe
        char[] chars = code.toCharArray();
        StringBuilder out = new StringBuilder(chars.length * 2 + 64);
        Segment segment = new Segment();
        int state = TokenTypes.NULL; // lexer state carried from line to line
        int lineStart = 0;
        while (true) {
            int nl = indexOf(chars, '\n', lineStart);
            int lineEnd = nl < 0 ? chars.length : nl;            // exclusive, without '\n'
            int textEnd = lineEnd;
            if (textEnd > lineStart && chars[textEnd - 1] == '\r') {
                textEnd--;                                        // keep \r out of the lexer
            }
            segment.array = chars;
            segment.offset = lineStart;
            segment.count = textEnd - lineStart;
            Token first = maker.getTokenList(segment, state, 0);
            int pos = lineStart;     // everything before pos has been written
            String open = null;      // css class of the currently open span
            for (Token t = first; t != null; t = t.getNextToken()) {
                int type = t.getType();
                state = type;        // type of the LAST token = lexer state for the next line
                // Only type > 0 carries text. NULL (0) tokens are recycled objects with a stale
                // length(); negative "end tokens" (e.g. XML in-tag, JS in-comment) are state
                // markers whose offset/length may point at the previous token or at the '\n'.
                if (type <= TokenTypes.NULL || t.length() <= 0 || t.getTextArray() != chars) {
                    continue;
                }
                int s = Math.max(t.getTextOffset(), pos);          // clamp to the line, never
                int e = Math.min(t.getTextOffset() + t.length(), textEnd); // emit text twice
                if (e <= s) {
                    continue;
                }
                if (s > pos) {       // gap not covered by any token: plain text
                    open = close(out, open);
                    escape(out, chars, pos, s - pos);
                }
                String css = cssClass(type);
                if (!Objects.equals(css, open)) { // merge adjacent same-class tokens
                    open = close(out, open);
                    if (css != null) {
                        out.append("<span class=\"").append(css).append("\">");
                        open = css;
                    }
                }
                escape(out, chars, s, e - s);
                pos = e;
            }
            // the token list is owned and recycled by the maker: it is dead from here on
            close(out, open);
            escape(out, chars, pos, textEnd - pos);              // uncovered rest, if any
            escape(out, chars, textEnd, lineEnd - textEnd);       // the '\r', if any
            if (nl < 0) {
                break;
            }
            out.append('\n');
            lineStart = nl + 1;
            if (lineStart == chars.length) {
                break; // input ends with a line break: no extra empty line to lex
            }
        }
        return out.toString();
    }

    private static String close(StringBuilder out, String open) {
        if (open != null) {
            out.append("</span>");
        }
        return null;
    }

    /** RSyntaxTextArea token type -> small fixed CSS class set (null = plain text). */
    static String cssClass(int type) {
        switch (type) {
            case TokenTypes.COMMENT_EOL:
            case TokenTypes.COMMENT_MULTILINE:
            case TokenTypes.COMMENT_DOCUMENTATION:
            case TokenTypes.COMMENT_KEYWORD:
            case TokenTypes.COMMENT_MARKUP:
            case TokenTypes.MARKUP_COMMENT:
                return "tok-comment";
            case TokenTypes.RESERVED_WORD:
            case TokenTypes.RESERVED_WORD_2:
            case TokenTypes.LITERAL_BOOLEAN:
                return "tok-keyword";
            case TokenTypes.FUNCTION:
                return "tok-function";
            case TokenTypes.DATA_TYPE:
                return "tok-type";
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT:
            case TokenTypes.LITERAL_NUMBER_FLOAT:
            case TokenTypes.LITERAL_NUMBER_HEXADECIMAL:
            case TokenTypes.ERROR_NUMBER_FORMAT:
                return "tok-number";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE:
            case TokenTypes.LITERAL_CHAR:
            case TokenTypes.LITERAL_BACKQUOTE:
            case TokenTypes.REGEX:
            case TokenTypes.ERROR_STRING_DOUBLE: // unterminated string
            case TokenTypes.ERROR_CHAR:
            case TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE:
            case TokenTypes.MARKUP_CDATA:
                return "tok-string";
            case TokenTypes.VARIABLE:
                return "tok-variable";
            case TokenTypes.OPERATOR:
                return "tok-operator";
            case TokenTypes.ANNOTATION:
            case TokenTypes.PREPROCESSOR:
            case TokenTypes.MARKUP_DTD:
            case TokenTypes.MARKUP_PROCESSING_INSTRUCTION:
            case TokenTypes.MARKUP_CDATA_DELIMITER:
            case TokenTypes.MARKUP_ENTITY_REFERENCE:
                return "tok-meta";
            case TokenTypes.MARKUP_TAG_NAME:
            case TokenTypes.MARKUP_TAG_DELIMITER:
                return "tok-tag";
            case TokenTypes.MARKUP_TAG_ATTRIBUTE:
                return "tok-attr";
            default: // NULL, IDENTIFIER, WHITESPACE, SEPARATOR, ERROR_IDENTIFIER
                return null;
        }
    }

    private static int indexOf(char[] a, char c, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static void escape(StringBuilder out, char[] a, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            char c = a[i];
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                default: out.append(c);
            }
        }
    }
}
