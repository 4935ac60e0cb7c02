package io.github.studyguide.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderFilesTest {

    @TempDir
    Path root;

    private void write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
    }

    @Test
    void filesAndLinksBySlashSeparatedNameWithoutEnteringLinksOrTheSkippedFolder() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.md"), "outside");
        write("lessons/img2.png");
        write("lessons/img/a.png");
        write("lessons/a.md");
        write("lessons/target/guide.pdf");
        Path lessons = root.resolve("lessons");
        Files.createSymbolicLink(lessons.resolve("shared"), elsewhere);
        Files.createSymbolicLink(lessons.resolve("gone.md"), lessons.resolve("nothing.md"));

        SortedMap<String, FolderFiles.Entry> entries = FolderFiles.under(lessons, lessons.resolve("target"));
        assertEquals(List.of("a.md", "gone.md", "img/a.png", "img2.png", "shared"), List.copyOf(entries.keySet()),
                "'/' sorts before '2', as on every platform; the link to a folder is not entered");
        assertTrue(entries.get("shared").link());
        assertTrue(entries.get("gone.md").link());
        assertFalse(entries.get("img/a.png").link());
        assertEquals(lessons.resolve("img/a.png"), entries.get("img/a.png").path());
    }
}
