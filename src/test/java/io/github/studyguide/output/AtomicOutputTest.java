package io.github.studyguide.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicOutputTest {

    @TempDir
    Path folder;

    private List<String> files() throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheTargetWhenComplete() throws IOException {
        Path target = folder.resolve("guide.pdf");
        Files.writeString(target, "old");
        AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("guide.pdf"), files());
    }

    @Test
    void writerFailingHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("guide.pdf");
        Files.writeString(target, "last good guide");
        assertThrows(IOException.class, () -> AtomicOutput.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("last good guide", Files.readString(target));
        assertEquals(List.of("guide.pdf"), files());
    }

    @Test
    void runtimeFailureAlsoCleansUp() throws IOException {
        Path target = folder.resolve("guide.epub");
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("renderer crashed");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void leftoversOfAKilledBuildAreRemoved() throws IOException {
        Files.writeString(folder.resolve(".guide.pdf.123.part"), "half");
        Files.writeString(folder.resolve("notes.txt"), "keep");
        AtomicOutput.removeLeftovers(folder.resolve("guide.pdf"));
        assertEquals(List.of("notes.txt"), files());
    }

    @Test
    void guidesAreReadableByOthersLikeAnyNewFile() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = folder.resolve("guide.pdf");
        AtomicOutput.write(target, out -> out.write(1));
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }
}
