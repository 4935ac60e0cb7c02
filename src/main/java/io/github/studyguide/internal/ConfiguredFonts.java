package io.github.studyguide.internal;

import io.github.studyguide.diagnostics.GuideException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fonts the author added to the shipped DejaVu fonts: {@code fonts} for all text, {@code codeFonts} for code.
 * Each entry is a TrueType font ({@code .ttf}, or an OpenType font with TrueType outlines) or a collection of them
 * ({@code .ttc}), either a file of the project or, written {@code classpath:path/in/the/jar.ttf}, a resource of a jar
 * on the plugin's class path. Everything wrong with them is found at once, before anything is rendered, and reported
 * naming the entry. Immutable and thread-safe once loaded.
 */
public final class ConfiguredFonts {

    /** The prefix of an entry read from the plugin's class path rather than from the project. */
    public static final String CLASSPATH = "classpath:";

    /** No fonts configured: the guide is set in DejaVu alone, exactly as before the parameter existed. */
    public static final ConfiguredFonts NONE = new ConfiguredFonts(List.of(), List.of(), "");

    /** The names of the shipped families, which an author's font may not take over. */
    private static final Set<String> SHIPPED_FAMILIES = Set.of("dejavu sans", "dejavu sans mono");

    private final List<ConfiguredFont> text;
    private final List<ConfiguredFont> code;
    private final String fingerprint;

    private ConfiguredFonts(List<ConfiguredFont> text, List<ConfiguredFont> code, String fingerprint) {
        this.text = List.copyOf(text);
        this.code = List.copyOf(code);
        this.fingerprint = fingerprint;
    }

    /**
     * Reads and checks the fonts.
     *
     * @param projectDirectory the folder relative entries resolve from, and that no file entry may lead out of
     * @param text the {@code fonts} entries, in the order the author gave them
     * @param code the {@code codeFonts} entries
     * @throws GuideException naming every entry that is missing, unreadable, not a font, of a kind PDFs cannot embed
     *     here, or whose licence forbids embedding
     */
    public static ConfiguredFonts load(Path projectDirectory, List<String> text, List<String> code)
            throws GuideException {
        if (text.isEmpty() && code.isEmpty()) {
            return NONE;
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> postScriptNames = new HashMap<>();
        List<ConfiguredFont> textFaces = read("fonts", projectDirectory, text, problems, postScriptNames);
        List<ConfiguredFont> codeFaces = read("codeFonts", projectDirectory, code, problems, postScriptNames);
        if (!problems.isEmpty()) {
            throw new GuideException(String.join("\n", problems));
        }
        List<String> hashed = new ArrayList<>();
        for (List<ConfiguredFont> faces : List.of(textFaces, codeFaces)) {
            hashed.add("--");
            for (ConfiguredFont face : faces) {
                hashed.add(face.postScriptName() + " " + face.weight() + (face.italic() ? " italic" : ""));
            }
        }
        return new ConfiguredFonts(textFaces, codeFaces, ContentHash.of(hashed) + " " + ContentHash.of(files(textFaces, codeFaces)));
    }

    private static List<String> files(List<ConfiguredFont> text, List<ConfiguredFont> code) {
        List<String> hashes = new ArrayList<>();
        for (List<ConfiguredFont> faces : List.of(text, code)) {
            for (ConfiguredFont face : faces) {
                hashes.add(face.contentHash());
            }
        }
        return hashes;
    }

    private static List<ConfiguredFont> read(String parameter, Path projectDirectory, List<String> entries,
            List<String> problems, Map<String, String> postScriptNames) {
        List<ConfiguredFont> faces = new ArrayList<>();
        for (String entry : entries) {
            String location = entry.trim();
            if (location.isEmpty()) {
                continue;
            }
            String prefix = parameter + ": " + location;
            try {
                byte[] file = bytes(projectDirectory, location);
                for (ConfiguredFont face : faces(location, file)) {
                    String earlier = postScriptNames.putIfAbsent(face.postScriptName(), location);
                    if (earlier != null) {
                        problems.add(prefix + " holds the font " + face.postScriptName() + ", which " + earlier
                                + " holds already; list each font once");
                    } else {
                        faces.add(face);
                    }
                }
            } catch (FontProblem e) {
                problems.add(prefix + " " + e.getMessage());
            } catch (NoSuchFileException e) {
                problems.add(prefix + " does not exist; give the path of a .ttf, .otf or .ttc file relative to the"
                        + " project folder, or " + CLASSPATH + "path/in/a/jar.ttf for a font in a jar among the"
                        + " plugin's dependencies");
            } catch (IOException e) {
                problems.add(prefix + " cannot be read: " + e.getMessage());
            }
        }
        return faces;
    }

    private static byte[] bytes(Path projectDirectory, String location) throws IOException, FontProblem {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
            try (InputStream in = ConfiguredFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new FontProblem("is not on the plugin's class path; add the jar that holds it to the"
                            + " plugin's <dependencies>, and name the file by its path inside the jar");
                }
                return in.readAllBytes();
            }
        }
        Path root = projectDirectory.toAbsolutePath().normalize();
        Path file = root.resolve(location).normalize();
        Path real = file.toRealPath();
        // The build reads nothing outside the project: a font of the machine would make the guide differ between
        // machines, and a path out of the project is most likely a mistake.
        if (!real.startsWith(root.toRealPath())) {
            throw new FontProblem("lies outside the project folder " + root + "; copy the font into the project");
        }
        if (!Files.isRegularFile(real)) {
            throw new FontProblem("is not a file; name a .ttf, .otf or .ttc file");
        }
        return Files.readAllBytes(real);
    }

    /** The faces a font file holds: one, or each of a collection's. */
    private static List<ConfiguredFont> faces(String location, byte[] file) throws FontProblem {
        String tag = file.length < 4 ? "" : new String(file, 0, 4, StandardCharsets.ISO_8859_1);
        try {
            if (tag.equals("OTTO")) {
                throw new FontProblem("is an OpenType font with PostScript (CFF) outlines, which the PDF library"
                        + " cannot embed as a subset; use the font's TrueType version (.ttf), which most font projects"
                        + " publish too (Noto's, for instance)");
            }
            if (tag.equals("ttcf")) {
                List<ConfiguredFont> faces = new ArrayList<>();
                List<FontProblem> problems = new ArrayList<>();
                try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(file))) {
                    collection.processAllFonts(font -> {
                        try {
                            faces.add(face(location, file, true, font));
                        } catch (FontProblem e) {
                            problems.add(e);
                        }
                    });
                }
                if (!problems.isEmpty()) {
                    throw problems.get(0);
                }
                return faces;
            }
            if (!tag.equals("\0\1\0\0") && !tag.equals("true")) {
                throw new FontProblem("is not a font file (TrueType .ttf, OpenType .otf or collection .ttc)");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
                return List.of(face(location, file, false, font));
            }
        } catch (IOException | RuntimeException e) {
            // FontBox reports a damaged font with IOExceptions and runtime exceptions alike.
            throw new FontProblem("is not a readable font (" + e.getMessage() + "); check that the file is a"
                    + " complete .ttf, .otf or .ttc file");
        }
    }

    private static ConfiguredFont face(String location, byte[] file, boolean inCollection, TrueTypeFont font)
            throws IOException, FontProblem {
        if (font.getTableMap().containsKey("CFF ")) {
            throw new FontProblem("holds PostScript (CFF) outlines, which the PDF library cannot embed as a subset;"
                    + " use the font's TrueType version (.ttf)");
        }
        // FontBox skips a table that runs past the end of the file rather than failing: a cut-off download.
        for (String table : List.of("glyf", "cmap", "head", "hmtx", "loca")) {
            if (!font.getTableMap().containsKey(table)) {
                throw new FontProblem("is not a readable font (it has no " + table.trim() + " table, or the file is"
                        + " cut short); check that the file is a complete .ttf, .otf or .ttc file");
            }
        }
        NamingTable naming = font.getNaming();
        String postScriptName = naming == null ? null : naming.getPostScriptName();
        if (postScriptName == null || postScriptName.isBlank()) {
            throw new FontProblem("has no PostScript name in its name table, which a PDF needs to name it");
        }
        String family = typographicFamily(naming).orElse(naming.getFontFamily());
        family = family == null ? postScriptName : family.replaceAll("[^\\p{L}\\p{N} _-]", "").trim();
        if (SHIPPED_FAMILIES.contains(family.toLowerCase(Locale.ROOT))) {
            throw new FontProblem("is " + family + ", which the plugin ships and uses already; leave it out");
        }
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        int weight = 400;
        boolean italic = false;
        if (os2 != null) {
            short fsType = os2.getFsType();
            // OpenType's embedding bits: "restricted licence" forbids embedding, "bitmap only" forbids the outlines
            // a PDF needs, and "no subsetting" forbids the subsets every guide embeds.
            if ((fsType & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED) {
                throw new FontProblem("forbids embedding (its licence bits, OS/2 fsType, say restricted), so no PDF"
                        + " may carry it; choose a font whose licence allows embedding, such as an OFL font");
            }
            if ((fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
                throw new FontProblem("allows only its bitmaps to be embedded (OS/2 fsType), not the outlines a PDF"
                        + " needs; choose a font whose licence allows embedding, such as an OFL font");
            }
            if ((fsType & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) != 0) {
                throw new FontProblem("forbids subsetting (OS/2 fsType), and the guide embeds only the glyphs it"
                        + " uses; choose a font whose licence allows subsetting, such as an OFL font");
            }
            weight = Math.max(100, Math.min(900, Math.round(os2.getWeightClass() / 100f) * 100));
            italic = (os2.getFsSelection() & 1) != 0;
        }
        if (font.getHeader() != null && (font.getHeader().getMacStyle() & 2) != 0) {
            italic = true;
        }
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new FontProblem("has no Unicode character map, so no text can be drawn with it");
        }
        BitSet covered = new BitSet();
        for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
            List<Integer> codePoints = cmap.getCharCodes(glyph);
            if (codePoints != null) {
                codePoints.forEach(covered::set);
            }
        }
        return new ConfiguredFont(location, family, postScriptName, weight, italic, file, inCollection, covered,
                java.util.HexFormat.of().formatHex(Digests.sha256().digest(file)));
    }

    /** Name ID 16, the family a font of many weights shares (ID 1 names a family of four styles at most). */
    private static Optional<String> typographicFamily(NamingTable naming) {
        String name = naming.getName(16, 3, 1, 0x409);
        if (name == null) {
            name = naming.getName(16, 1, 0, 0);
        }
        return Optional.ofNullable(name).filter(n -> !n.isBlank());
    }

    /** The faces for all text, in the author's order. */
    public List<ConfiguredFont> text() {
        return text;
    }

    /** The faces for code, in the author's order. */
    public List<ConfiguredFont> code() {
        return code;
    }

    public boolean isEmpty() {
        return text.isEmpty() && code.isEmpty();
    }

    /** Every face, text first, each once. */
    public List<ConfiguredFont> all() {
        List<ConfiguredFont> all = new ArrayList<>(text);
        all.addAll(code);
        return all;
    }

    /** The face whose subsets a PDF names {@code postScriptName}, if the author configured it. */
    public Optional<ConfiguredFont> byPostScriptName(String postScriptName) {
        return all().stream().filter(face -> face.postScriptName().equals(postScriptName)).findFirst();
    }

    /** Whether some configured font, for text or for code, has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        for (ConfiguredFont face : text) {
            if (face.covers(codePoint)) {
                return true;
            }
        }
        for (ConfiguredFont face : code) {
            if (face.covers(codePoint)) {
                return true;
            }
        }
        return false;
    }

    /** What decides the fonts' effect on the guides: each face's names, weight and file content; empty for none. */
    public String fingerprint() {
        return fingerprint;
    }

    /** What is wrong with an entry, said as the rest of a sentence that starts with the entry. */
    private static final class FontProblem extends Exception {
        private static final long serialVersionUID = 1L;

        FontProblem(String message) {
            super(message, null, false, false);
        }
    }
}
