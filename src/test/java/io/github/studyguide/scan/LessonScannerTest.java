package io.github.studyguide.scan;

import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LessonScannerTest {

    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        TestFiles.write(root, relative, text);
    }

    private List<String> scan(List<String> includes, List<String> excludes, Problems problems) throws IOException {
        return new LessonScanner(root, includes, excludes).scan(problems).stream().map(SourceFile::relativePath).toList();
    }

    @Test
    void defaultIncludesFindMarkdownAtEveryDepthSortedByPath() throws IOException {
        write("z.md", "z");
        write("b/deep/er/x.markdown", "x");
        write("a/y.md", "y");
        write("a/notes.txt", "n");
        assertEquals(List.of("a/y.md", "b/deep/er/x.markdown", "z.md"),
                scan(List.of("**/*.md", "**/*.markdown"), List.of(), new Problems()));
    }

    @Test
    void severalJekyllFoldersCombineThroughIncludes() throws IOException {
        write("_posts/2024/lesson.md", "l");
        write("_hands_on/lab.md", "h");
        write("index.md", "home");
        write("_drafts/draft.md", "d");
        assertEquals(List.of("_hands_on/lab.md", "_posts/2024/lesson.md"),
                scan(List.of("_posts/**/*.md", "_hands_on/**/*.md"), List.of(), new Problems()));
    }

    @Test
    void excludesWinOverIncludes() throws IOException {
        write("lessons/one.md", "1");
        write("lessons/README.md", "r");
        assertEquals(List.of("lessons/one.md"), scan(List.of("**/*.md"), List.of("**/README.md"), new Problems()));
    }

    @Test
    void singleStarStaysInOneFolder() throws IOException {
        write("top.md", "t");
        write("sub/inner.md", "i");
        assertEquals(List.of("top.md"), scan(List.of("*.md"), List.of(), new Problems()));
    }

    @Test
    void invalidUtf8IsAnErrorWithLineAndOffset() throws IOException {
        write("good.md", "fine");
        byte[] bad = "---\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("bad.md"), bad);
        Problems problems = new Problems();
        assertEquals(List.of("good.md"), scan(List.of("**/*.md"), List.of(), problems));
        assertEquals("bad.md:2: is not valid UTF-8 (bad byte at offset 14); save the file as UTF-8",
                problems.sorted().get(0).toString());
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        write("bom.md", "\uFEFF---\ntitle: T\n---\n");
        List<SourceFile> files = new LessonScanner(root, List.of("*.md"), List.of()).scan(new Problems());
        assertEquals("---\ntitle: T\n---\n", files.get(0).text());
    }

    @Test
    void missingFolderIsReported() {
        assertThrows(NoSuchFileException.class,
                () -> new LessonScanner(root.resolve("nope"), List.of("**/*.md"), List.of()).scan(new Problems()));
    }

    @Test
    void unreadableFileIsAnErrorNamingIt() throws IOException {
        write("locked.md", "---\ntitle: T\n---\n");
        Path locked = root.resolve("locked.md");
        boolean changed = locked.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeTrue(changed && !Files.isReadable(locked),
                "the file system does not enforce permissions for this user (root)");
        Problems problems = new Problems();
        assertEquals(List.of(), scan(List.of("*.md"), List.of(), problems));
        assertEquals("locked.md: cannot be read (AccessDeniedException); check that the file is readable by the user"
                + " running Maven", problems.sorted().get(0).toString());
    }

    @Test
    void aLinkToNothingIsSkippedWithAWarning() throws IOException {
        write("a.md", "a");
        Files.createSymbolicLink(root.resolve("broken.md"), root.resolve("gone/away.md"));
        Problems problems = new Problems();
        assertEquals(List.of("a.md"), scan(List.of("**/*.md"), List.of(), problems));
        assertEquals(List.of("broken.md: skipped: it is a link to a file that does not exist; fix the link or delete it"),
                problems.sorted().stream().map(Object::toString).toList());
    }
}
