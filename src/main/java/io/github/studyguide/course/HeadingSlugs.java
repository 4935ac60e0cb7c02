package io.github.studyguide.course;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a course's own tool turns a heading's text into its id, so that the links authors wrote against their site
 * ({@code [docs_dir](#docs_dir)}) find their heading in the guide. Each rule is given the heading's plain text
 * and the ids the page already has, for its own way of telling duplicates apart. Thread-safe.
 */
public enum HeadingSlugs {

    /**
     * GitHub's (github-slugger), which mdBook and GitHub Pages' Jekyll follow: lower case, every character but
     * letters, digits, marks, {@code _}, {@code -} and spaces dropped, each space a {@code -}; duplicates get
     * {@code -1}, {@code -2}.
     */
    GITHUB {
        @Override
        String base(String text) {
            return GITHUB_DROPPED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        }

        @Override
        String duplicate(String base, int n) {
            return base + "-" + n;
        }
    },

    /**
     * Python-Markdown's {@code toc} extension, which MkDocs uses: accents decomposed and every non-ASCII character
     * dropped (so CJK text gives an empty id), then everything but word characters, spaces and {@code -} dropped,
     * runs of spaces and dashes one {@code -}; duplicates (and an empty id) get {@code _1}, {@code _2}.
     */
    PYTHON_MARKDOWN {
        @Override
        String base(String text) {
            String ascii = NON_ASCII.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
            String kept = PYTHON_DROPPED.matcher(ascii).replaceAll("").strip().toLowerCase(Locale.ROOT);
            return PYTHON_DASHES.matcher(kept).replaceAll("-");
        }

        @Override
        String duplicate(String base, int n) {
            return base + "_" + n;
        }

        @Override
        boolean acceptsEmpty() {
            return false;
        }
    },

    /**
     * Pandoc's {@code auto_identifiers}, which The Carpentries' Workbench uses: every character but letters,
     * digits, {@code _}, {@code -} and {@code .} dropped, spaces {@code -}, lower case, everything before the first
     * letter dropped, "section" when nothing is left; duplicates get {@code -1}, {@code -2}.
     */
    PANDOC {
        @Override
        String base(String text) {
            String kept = PANDOC_DROPPED.matcher(text.strip()).replaceAll("");
            String dashed = SPACES.matcher(kept).replaceAll("-").toLowerCase(Locale.ROOT);
            String fromLetter = BEFORE_FIRST_LETTER.matcher(dashed).replaceFirst("");
            return fromLetter.isEmpty() ? "section" : fromLetter;
        }

        @Override
        String duplicate(String base, int n) {
            return base + "-" + n;
        }
    };

    private static final Pattern GITHUB_DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Nl}\\p{Pc} -]");
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");
    private static final Pattern PYTHON_DROPPED = Pattern.compile("[^\\w\\s-]");
    private static final Pattern PYTHON_DASHES = Pattern.compile("[-\\s]+");
    private static final Pattern PANDOC_DROPPED = Pattern.compile("[^\\p{L}\\p{N}_.\\-\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BEFORE_FIRST_LETTER = Pattern.compile("^[^\\p{L}]+");

    /** The id of a heading whose text is {@code text}, given the ids the page has already used (not changed). */
    public String id(String text, Set<String> used) {
        String base = base(text);
        String id = base;
        for (int n = 1; used.contains(id) || (id.isEmpty() && !acceptsEmpty()); n++) {
            id = duplicate(base, n);
        }
        return id;
    }

    abstract String base(String text);

    abstract String duplicate(String base, int n);

    /** Whether an empty id stands as it is (GitHub's and pandoc's rules never give one that matters). */
    boolean acceptsEmpty() {
        return true;
    }
}
