package io.github.studyguide.internal;

import io.github.studyguide.diagnostics.GuideException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfiguredFontsTest {

    /** The test fonts of the languages integration test, with their licences beside them. */
    static final Path FONTS = Path.of("src/it/languages/fonts");
    static final Path CJK = FONTS.resolve("DroidSansFallback-subset.ttf");
    static final Path DEVANAGARI = FONTS.resolve("Lohit-Devanagari.ttf");

    @TempDir
    Path project;

    private String copy(Path font, String name) throws IOException {
        Files.createDirectories(project.resolve("fonts"));
        Files.copy(font, project.resolve("fonts").resolve(name));
        return "fonts/" + name;
    }

    private String error(List<String> text) {
        return assertThrows(GuideException.class, () -> ConfiguredFonts.load(project, text, List.of())).getMessage();
    }

    @Test
    void readsTheFacesNamesAndCharacters() throws Exception {
        ConfiguredFonts fonts = ConfiguredFonts.load(project, List.of(copy(CJK, "cjk.ttf")),
                List.of(copy(DEVANAGARI, "deva.ttf")));
        assertEquals(1, fonts.text().size());
        ConfiguredFont cjk = fonts.text().get(0);
        assertEquals("Droid Sans Fallback", cjk.family());
        assertEquals("DroidSansFallback", cjk.postScriptName());
        assertEquals(400, cjk.weight());
        assertFalse(cjk.italic());
        assertTrue(cjk.covers('日') && cjk.covers('한') && cjk.covers('目'));
        assertEquals("Lohit Devanagari", fonts.code().get(0).family());
        assertTrue(fonts.covers('ह') && fonts.covers('日'), "text and code fonts both count");
        assertFalse(fonts.covers(0x1F680), "no emoji");
        assertEquals(cjk, fonts.byPostScriptName("DroidSansFallback").orElseThrow());
    }

    @Test
    void noEntriesAreNoFontsAtAll() throws Exception {
        assertTrue(ConfiguredFonts.load(project, List.of(), List.of()) == ConfiguredFonts.NONE);
        assertEquals("", ConfiguredFonts.NONE.fingerprint());
    }

    @Test
    void theFingerprintFollowsTheFilesContentAndOrder() throws Exception {
        String cjk = copy(CJK, "cjk.ttf");
        String deva = copy(DEVANAGARI, "deva.ttf");
        String one = ConfiguredFonts.load(project, List.of(cjk, deva), List.of()).fingerprint();
        assertEquals(one, ConfiguredFonts.load(project, List.of(cjk, deva), List.of()).fingerprint());
        assertNotEquals(one, ConfiguredFonts.load(project, List.of(deva, cjk), List.of()).fingerprint());
        assertNotEquals(one, ConfiguredFonts.load(project, List.of(cjk), List.of(deva)).fingerprint());
        byte[] changed = Files.readAllBytes(project.resolve(deva));
        changed[changed.length - 1] ^= 1;
        Files.write(project.resolve(deva), changed);
        assertNotEquals(one, ConfiguredFonts.load(project, List.of(cjk, deva), List.of()).fingerprint());
    }

    @Test
    void aMissingFontIsAnErrorNamingItAndTheWayToFixIt() {
        assertEquals("fonts: fonts/NotoSansJP.ttf does not exist; give the path of a .ttf, .otf or .ttc file relative"
                + " to the project folder, or classpath:path/in/a/jar.ttf for a font in a jar among the plugin's"
                + " dependencies", error(List.of("fonts/NotoSansJP.ttf")));
    }

    @Test
    void everyBadEntryIsReportedAtOnce() throws IOException {
        Files.writeString(project.resolve("notes.ttf"), "not a font at all", StandardCharsets.UTF_8);
        String message = error(List.of("notes.ttf", "missing.ttf"));
        assertEquals(List.of("fonts: notes.ttf is not a font file (TrueType .ttf, OpenType .otf or collection .ttc)",
                "fonts: missing.ttf does not exist"), List.of(message.split("\n")).stream()
                .map(line -> line.replaceFirst(";.*", "")).toList());
    }

    @Test
    void aTruncatedFontIsNotReadable() throws IOException {
        byte[] font = Files.readAllBytes(DEVANAGARI);
        Files.write(project.resolve("cut.ttf"), java.util.Arrays.copyOf(font, 600));
        assertTrue(error(List.of("cut.ttf")).startsWith("fonts: cut.ttf is not a readable font ("),
                error(List.of("cut.ttf")));
    }

    @Test
    void aFontOutsideTheProjectIsRefused(@TempDir Path elsewhere) throws IOException {
        Files.copy(DEVANAGARI, elsewhere.resolve("deva.ttf"));
        String outside = elsewhere.resolve("deva.ttf").toString();
        assertEquals("fonts: " + outside + " lies outside the project folder " + project.toAbsolutePath().normalize()
                + "; copy the font into the project", error(List.of(outside)));
        assertTrue(error(List.of("../" + elsewhere.getFileName() + "/deva.ttf")).contains("lies outside the project"));
    }

    @Test
    void aPostScriptOutlineFontIsRefusedWithTheWayOut() throws IOException {
        byte[] font = Files.readAllBytes(DEVANAGARI);
        System.arraycopy("OTTO".getBytes(StandardCharsets.US_ASCII), 0, font, 0, 4);
        Files.write(project.resolve("cff.otf"), font);
        assertEquals("fonts: cff.otf is an OpenType font with PostScript (CFF) outlines, which the PDF library cannot"
                + " embed as a subset; use the font's TrueType version (.ttf), which most font projects publish too"
                + " (Noto's, for instance)", error(List.of("cff.otf")));
    }

    @Test
    void aFontWhoseLicenceForbidsEmbeddingIsRefused() throws IOException {
        Files.write(project.resolve("restricted.ttf"), withFsType(Files.readAllBytes(DEVANAGARI), 0x0002));
        assertEquals("fonts: restricted.ttf forbids embedding (its licence bits, OS/2 fsType, say restricted), so no"
                + " PDF may carry it; choose a font whose licence allows embedding, such as an OFL font",
                error(List.of("restricted.ttf")));
        Files.write(project.resolve("whole.ttf"), withFsType(Files.readAllBytes(DEVANAGARI), 0x0100));
        assertTrue(error(List.of("whole.ttf")).startsWith("fonts: whole.ttf forbids subsetting (OS/2 fsType)"));
        Files.write(project.resolve("bitmap.ttf"), withFsType(Files.readAllBytes(DEVANAGARI), 0x0200));
        assertTrue(error(List.of("bitmap.ttf")).startsWith("fonts: bitmap.ttf allows only its bitmaps"));
        Files.write(project.resolve("printable.ttf"), withFsType(Files.readAllBytes(DEVANAGARI), 0x0004));
        assertDoesNotThrow(List.of("printable.ttf"));
    }

    private void assertDoesNotThrow(List<String> text) {
        try {
            ConfiguredFonts.load(project, text, List.of());
        } catch (GuideException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void theSameFontTwiceIsAnError() throws IOException {
        String one = copy(DEVANAGARI, "one.ttf");
        String two = copy(DEVANAGARI, "two.ttf");
        assertEquals("codeFonts: " + two + " holds the font Lohit-Devanagari, which " + one + " holds already; list"
                + " each font once", assertThrows(GuideException.class,
                () -> ConfiguredFonts.load(project, List.of(one), List.of(two))).getMessage());
    }

    @Test
    void theShippedFontIsNotAnAuthorsFont() throws IOException {
        Files.write(project.resolve("DejaVuSans.ttf"),
                Resources.bytes(ConfiguredFontsTest.class, FontCoverage.FONT_FOLDER + "DejaVuSans.ttf"));
        assertEquals("fonts: DejaVuSans.ttf is DejaVu Sans, which the plugin ships and uses already; leave it out",
                error(List.of("DejaVuSans.ttf")));
    }

    @Test
    void readsEveryFaceOfACollection() throws Exception {
        Files.write(project.resolve("both.ttc"), collection(Files.readAllBytes(DEVANAGARI)));
        ConfiguredFonts fonts = ConfiguredFonts.load(project, List.of("both.ttc"), List.of());
        assertEquals(List.of("Lohit-Devanagari"), fonts.text().stream().map(ConfiguredFont::postScriptName).toList());
        assertTrue(fonts.text().get(0).covers('ह'));
        assertEquals(fonts.text().get(0).open().getNumberOfGlyphs(), 711, "opened from the collection");
    }

    @Test
    void readsAFontFromThePluginsClassPath() throws Exception {
        // The shipped fonts' jar is on the class path; a font of another family from a jar is read the same way.
        String entry = ConfiguredFonts.CLASSPATH + FontCoverage.FONT_FOLDER + "DejaVuSerif.ttf";
        ConfiguredFonts fonts = ConfiguredFonts.load(project, List.of(entry), List.of());
        assertEquals("DejaVu Serif", fonts.text().get(0).family());
        assertTrue(error(List.of(ConfiguredFonts.CLASSPATH + "fonts/none.ttf")).startsWith(
                "fonts: classpath:fonts/none.ttf is not on the plugin's class path; add the jar that holds it to"
                        + " the plugin's <dependencies>"));
    }

    /** The font with its OS/2 table's embedding bits set to {@code fsType}. */
    static byte[] withFsType(byte[] font, int fsType) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, StandardCharsets.US_ASCII).equals("OS/2")) {
                buffer.putShort(buffer.getInt(record + 8) + 8, (short) fsType);
                return font;
            }
        }
        throw new IllegalArgumentException("no OS/2 table");
    }

    /** A TrueType collection of one font: the collection's header, then the font with its table offsets moved. */
    static byte[] collection(byte[] font) {
        int header = 16;
        ByteBuffer out = ByteBuffer.allocate(header + font.length);
        out.put("ttcf".getBytes(StandardCharsets.US_ASCII)).putInt(0x00010000).putInt(1).putInt(header);
        out.put(font);
        int tables = Short.toUnsignedInt(ByteBuffer.wrap(font).getShort(4));
        for (int i = 0; i < tables; i++) {
            int offset = header + 12 + 16 * i + 8;
            out.putInt(offset, out.getInt(offset) + header);
        }
        return out.array();
    }
}
