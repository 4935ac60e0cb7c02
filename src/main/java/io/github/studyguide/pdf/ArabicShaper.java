package io.github.studyguide.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives Arabic letters the form their place in a word asks for (isolated, final, initial or medial) and joins lam
 * and alef into their ligature, as Unicode's presentation forms. PDFBox draws one glyph per character and applies
 * no OpenType shaping to Arabic, so without this every letter would stand alone; openhtmltopdf's RTL module does
 * the same with ICU's {@code ArabicShaping}, which has no release for the openhtmltopdf we use. Covers the letters
 * of Arabic, Persian and Urdu whose forms Unicode encodes; any other character is left as it is. Thread-safe.
 */
final class ArabicShaper {

    /** How a letter joins: to both sides ({@code D}), only to the letter before it ({@code R}). */
    private enum Joining { DUAL, RIGHT }

    /** A letter's joining and its forms; a form Unicode does not encode is the letter itself. */
    private record Letter(Joining joining, char isolated, char last, char first, char middle) {

        char form(boolean joinedBefore, boolean joinedAfter) {
            if (joinedBefore && joinedAfter) {
                return middle;
            }
            return joinedBefore ? last : joinedAfter ? first : isolated;
        }
    }

    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    private static final char ZERO_WIDTH_JOINER = '\u200D';

    private static final Map<Character, Letter> LETTERS = new HashMap<>();
    /** Lam followed by an alef, by the alef: the ligature's isolated form; its final form is the next code point. */
    private static final Map<Character, Character> LAM_ALEF = Map.of('\u0622', '\uFEF5', '\u0623', '\uFEF7',
            '\u0625', '\uFEF9', '\u0627', '\uFEFB');
    /** A presentation form back to its letter (or, for a ligature, letters), for {@link #unshape}. */
    private static final Map<Character, String> NOMINAL = new HashMap<>();

    static {
        // Arabic Presentation Forms-B lists the basic letters in code point order, each with two forms (right-joining)
        // or four (dual-joining), from U+FE81 on; hamza (U+0621) joins neither side and has one form, U+FE80.
        String rightJoining = "\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0649";
        char next = '\uFE81';
        for (char letter = '\u0622'; letter <= '\u064A'; letter++) {
            if (letter >= '\u063B' && letter <= '\u0640') {
                continue; // not in the block: the letters added later, and the tatweel
            }
            if (rightJoining.indexOf(letter) >= 0) {
                add(letter, new Letter(Joining.RIGHT, next, (char) (next + 1), letter, letter));
                next += 2;
            } else {
                add(letter, new Letter(Joining.DUAL, next, (char) (next + 1), (char) (next + 2), (char) (next + 3)));
                next += 4;
            }
        }
        // Persian and Urdu letters, in Arabic Presentation Forms-A.
        dual('\u067E', '\uFB56');  // peh
        dual('\u0686', '\uFB7A');  // tcheh
        dual('\u06A9', '\uFB8E');  // keheh
        dual('\u06AF', '\uFB92');  // gaf
        dual('\u06CC', '\uFBFC');  // farsi yeh
        dual('\u0679', '\uFB66');  // tteh
        dual('\u06BE', '\uFBAA');  // heh doachashmee
        dual('\u06C1', '\uFBA6');  // heh goal
        right('\u0698', '\uFB8A'); // jeh
        right('\u0688', '\uFB88'); // ddal
        right('\u0691', '\uFB8C'); // rreh
        right('\u06BA', '\uFB9E'); // noon ghunna: Unicode encodes only its isolated and final forms
        right('\u06D2', '\uFBAE'); // yeh barree
        right('\u0671', '\uFB50'); // alef wasla
        LAM_ALEF.forEach((alef, ligature) -> {
            NOMINAL.put(ligature, "" + LAM + alef);
            NOMINAL.put((char) (ligature + 1), "" + LAM + alef);
        });
    }

    private ArabicShaper() {
    }

    private static void dual(char letter, char isolated) {
        add(letter, new Letter(Joining.DUAL, isolated, (char) (isolated + 1), (char) (isolated + 2),
                (char) (isolated + 3)));
    }

    private static void right(char letter, char isolated) {
        add(letter, new Letter(Joining.RIGHT, isolated, (char) (isolated + 1), letter, letter));
    }

    private static void add(char letter, Letter forms) {
        LETTERS.put(letter, forms);
        for (char form : new char[] {forms.isolated(), forms.last(), forms.first(), forms.middle()}) {
            if (form != letter) {
                NOMINAL.put(form, String.valueOf(letter));
            }
        }
    }

    /** The text, in logical order, with each Arabic letter in its contextual form. */
    static String shape(String text) {
        if (!hasArabicLetter(text)) {
            return text;
        }
        StringBuilder shaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Letter letter = LETTERS.get(c);
            if (letter == null) {
                shaped.append(c);
                continue;
            }
            boolean joinedBefore = joinsForward(text, previousJoining(text, i));
            int after = nextJoining(text, i);
            if (c == LAM && after == i + 1 && LAM_ALEF.containsKey(text.charAt(after))) {
                char ligature = LAM_ALEF.get(text.charAt(after));
                shaped.append(joinedBefore ? (char) (ligature + 1) : ligature);
                i++;
                continue;
            }
            boolean joinedAfter = letter.joining() == Joining.DUAL && after >= 0 && joinsBackward(text.charAt(after));
            shaped.append(letter.form(joinedBefore, joinedAfter));
        }
        return shaped.toString();
    }

    /** The text with every presentation form turned back into its letters: for a font that lacks the forms. */
    static String unshape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(NOMINAL.getOrDefault(c, String.valueOf(c)));
        }
        return plain.toString();
    }

    private static boolean hasArabicLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LETTERS.containsKey(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the nearest character before {@code i} that is not a mark (marks do not break a join), or -1. */
    private static int previousJoining(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!isMark(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    private static int nextJoining(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!isMark(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the character at {@code index} (-1: none) joins the letter after it. */
    private static boolean joinsForward(String text, int index) {
        if (index < 0) {
            return false;
        }
        char c = text.charAt(index);
        Letter letter = LETTERS.get(c);
        return letter != null ? letter.joining() == Joining.DUAL : c == TATWEEL || c == ZERO_WIDTH_JOINER;
    }

    /** Whether a character joins the letter before it: every Arabic letter does, and so do the joiners. */
    private static boolean joinsBackward(char c) {
        return LETTERS.containsKey(c) || c == TATWEEL || c == ZERO_WIDTH_JOINER;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
