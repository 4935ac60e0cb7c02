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
 * A formula never spans paragraphs: the parser sees one paragraph at a time, so a blank line ends any search.
 */
final class DollarMathParser implements InlineParserExtension {

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
        int end = display ? closingDisplay(input, start + 2) : closingInline(input, start + 1);
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

    /** Where the closing {@code $} of an inline formula opened before {@code from} stands, or -1. */
    static int closingInline(CharSequence input, int from) {
        if (from >= input.length() || Character.isWhitespace(input.charAt(from))) {
            return -1;
        }
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++; // \$ and \\ inside a formula belong to it
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
        return -1;
    }

    /** Where the closing {@code $$} of a display formula opened before {@code from} stands, or -1. */
    static int closingDisplay(CharSequence input, int from) {
        for (int i = from; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
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
