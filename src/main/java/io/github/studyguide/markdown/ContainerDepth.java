package io.github.studyguide.markdown;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * How deeply a lesson's lists and block quotes nest, read line by line before the Markdown parser runs. flexmark
 * parses nesting recursively and finalises lists in time that grows with the square of their depth: a 9 MB lesson of
 * lines that each open a thousand lists ({@code - - - x}) ran for minutes before the depth could be measured on the
 * parsed tree. This scan reads each character once and keeps a stack of the open list items' content columns, as
 * CommonMark decides what nests; it counts the tree's levels as flexmark builds them (a list and its item are two,
 * a quote one, a paragraph and its text two more), so that its limit and the tree's agree.
 *
 * <p>An estimate that errs low, never high: lazy continuation lines and the finer points of list interruption are
 * not followed, so real lessons are never refused by it; the parsed tree is still measured afterwards. Stateless.
 */
public final class ContainerDepth {

    private ContainerDepth() {
    }

    /**
     * The first line, counted from 0, whose lists and quotes nest more than {@code limit} levels deep, or empty when
     * none does.
     */
    public static OptionalInt firstLineDeeperThan(CharSequence text, int limit) {
        int[] contentColumns = new int[16];
        int open = 0;
        char fence = 0;
        int fenceLength = 0;
        int line = 0;
        int length = text.length();
        for (int start = 0; start < length; line++) {
            int end = start;
            while (end < length && text.charAt(end) != '\n') {
                end++;
            }
            int pos = start;
            int column = 0;
            int quotes = 0;
            int items = 0;
            boolean content = false;
            while (true) {
                int indentStart = column;
                while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                    column = text.charAt(pos) == '\t' ? (column / 4 + 1) * 4 : column + 1;
                    pos++;
                }
                if (pos == end) {
                    break; // blank (after its markers): closes nothing
                }
                char c = text.charAt(pos);
                if (fence != 0) {
                    if (c == fence && run(text, pos, end, c) >= fenceLength) {
                        fence = 0;
                    }
                    break;
                }
                if (quotes == 0 && items == 0) {
                    // A line's indentation closes the list items it is not indented into.
                    while (open > 0 && contentColumns[open - 1] > column) {
                        open--;
                    }
                }
                int innermost = open > 0 ? contentColumns[open - 1] : 0;
                if (column - Math.max(innermost, indentStart) >= 4) {
                    content = true; // indented code: nothing in it nests
                    break;
                }
                if (c == '>') {
                    quotes++;
                    pos++;
                    column++;
                    if (pos < end && text.charAt(pos) == ' ') {
                        pos++;
                        column++;
                    }
                    continue;
                }
                if ((c == '`' || c == '~') && run(text, pos, end, c) >= 3) {
                    fence = c;
                    fenceLength = run(text, pos, end, c);
                    content = true;
                    break;
                }
                int marker = listMarkerLength(text, pos, end);
                if (marker > 0 && !isThematicBreak(text, pos, end)) {
                    pos += marker;
                    column += marker;
                    int contentColumn = column + 1;
                    if (open == contentColumns.length) {
                        contentColumns = Arrays.copyOf(contentColumns, open * 2);
                    }
                    contentColumns[open++] = contentColumn;
                    items++;
                    if (quotes + 2L * open > limit) {
                        // At once: each marker looks along the line for a thematic break, so a line of thousands
                        // of markers would cost the square of its length.
                        return OptionalInt.of(line);
                    }
                    continue;
                }
                content = true;
                break;
            }
            long depth = quotes + 2L * open + (content ? 2 : 0);
            if (depth > limit) {
                return OptionalInt.of(line);
            }
            start = end + 1;
        }
        return OptionalInt.empty();
    }

    /** How many times {@code c} repeats from {@code pos}. */
    private static int run(CharSequence text, int pos, int end, char c) {
        int i = pos;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - pos;
    }

    /** The length of a list marker at {@code pos} ({@code -}, {@code *}, {@code +}, {@code 12.}, {@code 3)}), or 0. */
    private static int listMarkerLength(CharSequence text, int pos, int end) {
        char c = text.charAt(pos);
        int after;
        if (c == '-' || c == '*' || c == '+') {
            after = pos + 1;
        } else {
            after = pos;
            while (after < end && after - pos < 9 && Character.isDigit(text.charAt(after))) {
                after++;
            }
            if (after == pos || after == end || (text.charAt(after) != '.' && text.charAt(after) != ')')) {
                return 0;
            }
            after++;
        }
        // A marker is followed by a space, a tab or the end of the line.
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after - pos : 0;
    }

    /** {@code - - -} or {@code ***}: three or more of one of -, * and _, with only spaces between. */
    private static boolean isThematicBreak(CharSequence text, int pos, int end) {
        char c = text.charAt(pos);
        int count = 0;
        for (int i = pos; i < end; i++) {
            char here = text.charAt(i);
            if (here == c) {
                count++;
            } else if (here != ' ' && here != '\t') {
                return false;
            }
        }
        return count >= 3;
    }
}
