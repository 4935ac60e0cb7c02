package io.github.studyguide.epub;

import io.documentnode.epub4j.domain.Book;
import io.github.studyguide.refs.ReferenceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLinksTest {

    @TempDir
    Path root;

    @Test
    void imagesOfTheLessonFolderBecomeResourcesAndNothingElseIsRead() throws IOException {
        Path lessons = Files.createDirectories(root.resolve("lessons"));
        Files.write(Files.createDirectories(lessons.resolve("img")).resolve("a b.png"), new byte[] {1, 2, 3});
        Files.writeString(root.resolve("secret.png"), "outside");
        Book book = new Book();
        ContentLinks links = new ContentLinks(book, ReferenceResolver.baseOf(lessons));

        String adapted = links.adapt("s1-l1", "<p><img src=\"img/a%20b.png\" alt=\"A\" /></p>");
        assertTrue(adapted.matches("<p><img src=\"\\.\\./images/[0-9a-f]{16}\\.png\" alt=\"A\" /></p>"), adapted);
        assertEquals(1, book.getResources().size());

        assertThrows(IllegalStateException.class, () -> links.adapt("s1-l1", "<img src=\"../secret.png\" />"));
        assertThrows(IllegalStateException.class, () -> links.adapt("s1-l1", "<img src=\"file:///etc/passwd\" />"));
        assertEquals(1, book.getResources().size(), "nothing outside the lesson folder was added");
    }
}
