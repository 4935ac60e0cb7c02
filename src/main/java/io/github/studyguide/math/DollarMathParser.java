package io.github.studyguide.math;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * Finds formulas between dollar signs by pandoc's rule ({@code tex_math_dollars}), so that prices in prose stay
 * prose: an opening {@code $} must be followed by a non-space, a closing {@code $} must follow a non-space and must
 * not be followed by a digit; {@code \$} is a dollar sign (flexmark's escapes take it before this parser sees it).
 * {@code $$...$$} is display math; there the formula may be separated from the delimiters by spaces and line breaks.
 * A formula never spans paragraphs: the parser sees one paragraph at a time, so a blank line ends any search. Nor
 * does it reach into code: a backtick ends the search, so that a dollar in a code span closes nothing (LaTeX math
 * has no use for a backtick; pandoc has no such rule, and pairs {@code *$HOME*, in `$PATH`}).
 */
final class DollarMathParser implements InlineParserExtension {

    /**
     * The paragraph, and the earliest opening in it, from which no inline closer was found before its end. Whether a
     * {@code $} closes depends on its neighbours alone, so no later opening in that paragraph finds one either:
     * without this, a paragraph of a thousand prices would be scanned to its end a thousand times.
     */
    private BasedSequence unclosedInput;
    private int unclosedFrom = Integer.MAX_VALUE;

    private DollarMathParser() {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        // A dollar right after another that was not taken as an opener (as in "$$5") opens nothing either.
        if (start > 0 && input.charAt(start - 1) == '$') {
            return false;
        }
        boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
        int end;
        if (display) {
            end = closingDisplay(input, start + 2);
        } else if (input == unclosedInput && start >= unclosedFrom) {
            end = -1;
        } else {
            end = closingInline(input, start + 1);
            if (end == UNCLOSED) {
                unclosedInput = input;
                unclosedFrom = start;
            }
        }
        if (end < 0) {
            return false;
        }
        int delimiter = display ? 2 : 1;
        BasedSequence source = input.subSequence(start + delimiter, end);
        if (source.isBlank()) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new InlineMath(input.subSequence(start, end + delimiter), source, display));
        parser.setIndex(end + delimiter);
        return true;
    }

    /** What {@link #closingInline} returns when it reached the end of the paragraph without finding a closer. */
    static final int UNCLOSED = -2;

    /**
     * Where the closing {@code $} of an inline formula opened before {@code from} stands; -1 when none can be, or
     * {@link #UNCLOSED} when none was found before the end.
     */
    static int closingInline(CharSequence input, int from) {
        if (from >= input.length() || Character.isWhitespace(input.charAt(from))) {
            return -1;
        }
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++; // \$ and \\ inside a formula belong to it
            } else if (c == '`') {
                return -1; // a dollar in code closes nothing: "*$HOME/bin*, in your `$PATH`" is prose
            } else if (c == '$') {
                boolean afterSpace = Character.isWhitespace(input.charAt(i - 1));
                boolean beforeDigit = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                if (!afterSpace && !beforeDigit && i > from) {
                    return i;
                }
                if (i + 1 < input.length() && input.charAt(i + 1) == '$') {
                    return -1; // "$a $$b$$": a display delimiter starts display math, it closes no inline formula
                }
            }
        }
        return UNCLOSED;
    }

    /** Where the closing {@code $$} of a display formula opened before {@code from} stands, or -1. */
    static int closingDisplay(CharSequence input, int from) {
        for (int i = from; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                return -1;
            } else if (c == '$') {
                return input.charAt(i + 1) == '$' ? i : -1;
            }
        }
        return -1;
    }

    static final class Factory implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new DollarMathParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
