package io.github.studyguide.epub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReproducibleZipTest {

    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    private static final Instant DATE = Instant.parse("2026-01-15T09:00:00Z");

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theMimetypeComesFirstStoredThenTheEntriesSortedDeflatedAndDatedWithTheGuide(@TempDir Path folder)
            throws Exception {
        byte[] zip = ReproducibleZip.write(MIMETYPE, Map.of("OEBPS/text/b.xhtml", text("<p>b</p>".repeat(100)),
                "META-INF/container.xml", text("<container/>"), "OEBPS/text/ü.xhtml", text("<p>ü</p>")), DATE,
                DeflatedEntries.forFile(folder.resolve("a.epub")));
        Path file = Files.write(folder.resolve("a.epub"), zip);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.parse("2026-01-15T09:00:00"), entry.getTimeLocal(), entry.getName());
                assertNull(entry.getExtra(), "no extra field: EPUB forbids one on the mimetype");
                assertEquals(entry.getName().equals("mimetype") ? ZipEntry.STORED : ZipEntry.DEFLATED,
                        entry.getMethod(), entry.getName());
            }
        }
        assertEquals(List.of("mimetype", "META-INF/container.xml", "OEBPS/text/b.xhtml", "OEBPS/text/ü.xhtml"), names);
        // The mimetype's bytes at offset 38, as EPUB readers sniff them: 30 bytes of header and "mimetype".
        assertEquals("application/epub+zip", new String(zip, 38, MIMETYPE.length, StandardCharsets.US_ASCII));
        try (ZipFile read = new ZipFile(file.toFile())) {
            assertArrayEquals(text("<p>b</p>".repeat(100)), read.getInputStream(read.getEntry("OEBPS/text/b.xhtml"))
                    .readAllBytes(), "the central directory finds the entry and its data inflates");
            assertEquals(4, read.size());
        }
    }

    @Test
    void entriesKeptFromTheLastEpubGiveTheBytesOfAFreshOne(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("guide.epub");
        Map<String, byte[]> first = Map.of("OEBPS/a.xhtml", text("<p>one</p>".repeat(50)),
                "OEBPS/b.xhtml", text("<p>two</p>".repeat(50)));
        DeflatedEntries kept = DeflatedEntries.forFile(target);
        ReproducibleZip.write(MIMETYPE, first, DATE, kept);
        kept.keep();

        Map<String, byte[]> edited = Map.of("OEBPS/a.xhtml", text("<p>one</p>".repeat(50)),
                "OEBPS/b.xhtml", text("<p>two, edited</p>".repeat(50)));
        byte[] rebuilt = ReproducibleZip.write(MIMETYPE, edited, DATE, DeflatedEntries.forFile(target));
        byte[] fresh = ReproducibleZip.write(MIMETYPE, edited, DATE, DeflatedEntries.forFile(folder.resolve("other.epub")));
        assertArrayEquals(fresh, rebuilt);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rebuilt))) {
            in.getNextEntry();
            in.getNextEntry();
            in.getNextEntry();
            assertArrayEquals(edited.get("OEBPS/b.xhtml"), in.readAllBytes(), "the edited entry, not the kept one");
        }
    }
}
