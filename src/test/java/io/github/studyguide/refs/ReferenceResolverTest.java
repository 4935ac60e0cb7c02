package io.github.studyguide.refs;

import io.github.studyguide.refs.ReferenceResolver.Local;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ReferenceResolverTest {

    @TempDir
    Path root;

    @Test
    void filesAreNamedRelativeToTheLessonFolderAndResolveBackToThemselves() {
        Path lessons = root.resolve("R&D course #1/lessons");
        ReferenceResolver resolver = new ReferenceResolver(lessons);
        List<String> names = new java.util.ArrayList<>(List.of("img/a b.png", "img/#hash.png", "100%.png",
                "caf\u00e9/\u65e5.png", "R&D.svg", "deep/er/x.gif"));
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        if (!windows) {
            names.addAll(List.of("img/why?.png", "a:b.png")); // names Windows does not allow
        }
        for (String name : names) {
            Path file = lessons.resolve(name);
            String uri = resolver.relativeUri(file);
            assertEquals(file, Path.of(ReferenceResolver.baseOf(lessons).resolve(uri)), uri);
            assertInstanceOf(Local.class, resolver.resolve(lessons.resolve("lesson.md"), uri), uri);
        }
        assertEquals("img/a%20b.png", resolver.relativeUri(lessons.resolve("img/a b.png")));
        if (!windows) {
            assertEquals("./a:b.png", resolver.relativeUri(lessons.resolve("a:b.png")));
        }
        assertEquals("deep/er/x.gif", resolver.relativeUri(lessons.resolve("deep/er/x.gif")));
    }

    @Test
    void everyFileWhoseExistenceDecidedAResolutionIsToldAndNothingOutsideTheFolder() throws Exception {
        Path lessons = java.nio.file.Files.createDirectories(root.resolve("book"));
        java.nio.file.Files.writeString(lessons.resolve("setup.md"), "# Setup\n");
        ReferenceResolver resolver = new ReferenceResolver(lessons, io.github.studyguide.course.LinkForms.MDBOOK);
        List<Path> consulted = new java.util.ArrayList<>();

        resolver.resolve(lessons.resolve("intro.md"), "setup.html#first", consulted::add);
        assertEquals(List.of(lessons.resolve("setup.html"), lessons.resolve("setup.md")), consulted,
                "the page as written, which does not exist, and the alternative mdBook means by it");
        consulted.clear();
        resolver.resolve(lessons.resolve("intro.md"), "../elsewhere.png", consulted::add);
        resolver.resolve(lessons.resolve("intro.md"), "https://example.org/a.png", consulted::add);
        assertEquals(List.of(), consulted, "never read, so never a dependency");
    }
}
