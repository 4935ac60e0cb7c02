package io.github.studyguide.internal;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;

/**
 * One face of a font the author configured ({@code fonts} or {@code codeFonts}), read and checked once per build:
 * its names, weight and style for the renderer, and the characters it has for the {@code check} goal.
 */
public final class ConfiguredFont {

    private final String location;
    private final String family;
    private final String postScriptName;
    private final int weight;
    private final boolean italic;
    private final byte[] file;
    private final boolean inCollection;
    private final BitSet covered;
    private final String contentHash;

    ConfiguredFont(String location, String family, String postScriptName, int weight, boolean italic, byte[] file,
            boolean inCollection, BitSet covered, String contentHash) {
        this.contentHash = contentHash;
        this.location = location;
        this.family = family;
        this.postScriptName = postScriptName;
        this.weight = weight;
        this.italic = italic;
        this.file = file;
        this.inCollection = inCollection;
        this.covered = covered;
    }

    /** The entry as the author wrote it, for messages. */
    public String location() {
        return location;
    }

    /** The family name the stylesheet asks for, as the font names it (its typographic family, if it has one). */
    public String family() {
        return family;
    }

    /** The PostScript name, which names the font's subsets in a PDF. */
    public String postScriptName() {
        return postScriptName;
    }

    /** The CSS weight, from the font's OS/2 table: 400 regular, 700 bold. */
    public int weight() {
        return weight;
    }

    public boolean italic() {
        return italic;
    }

    /** The SHA-256 of the file the face comes from, for cache keys and the up-to-date check. */
    String contentHash() {
        return contentHash;
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        return covered.get(codePoint);
    }

    /**
     * Parses the font anew. PDFBox closes a font once it has subset it, and a parsed font reads its tables lazily,
     * so each user (a part being rendered, the assembled guide) takes a parsed font of its own.
     */
    public TrueTypeFont open() throws IOException {
        if (!inCollection) {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
        }
        TrueTypeFont font = new TrueTypeCollection(new ByteArrayInputStream(file)).getFontByName(postScriptName);
        if (font == null) {
            throw new IOException(location + " no longer holds " + postScriptName);
        }
        return font;
    }
}
