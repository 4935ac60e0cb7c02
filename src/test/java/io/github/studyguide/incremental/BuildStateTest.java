package io.github.studyguide.incremental;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildStateTest {

    @TempDir
    Path root;

    private Path lessons;
    private Path guide;
    private Path stateFile;

    @BeforeEach
    void buildOnce() throws IOException {
        lessons = Files.createDirectories(root.resolve("lessons"));
        Files.writeString(lessons.resolve("a.md"), "lesson");
        Files.writeString(Files.createDirectories(lessons.resolve("img")).resolve("d.png"), "image");
        Path out = Files.createDirectories(root.resolve("out"));
        guide = out.resolve("guide.pdf");
        stateFile = out.resolve(".guide.studyguide-state");
        Files.writeString(guide, "pdf");
        state(List.of("title=T")).save(List.of(guide));
    }

    private BuildState state(List<String> settings) throws IOException {
        return BuildState.of(stateFile, lessons, settings);
    }

    @Test
    void thePluginsIdentityNamesTheRenderingLibrariesAndFontsByVersion() throws IOException {
        // Replacing one of them under the plugin must count as a change, or old cached parts would be reused.
        List<String> identity = List.of(BuildState.pluginIdentity().split(" "));
        for (String jar : List.of("pdfbox-", "fontbox-", "openhtmltopdf-core-", "openhtmltopdf-pdfbox-", "flexmark-",
                "jsoup-", "epub4j-core-", "jasperreports-fonts-")) {
            assertTrue(identity.stream().anyMatch(name -> name.startsWith(jar) && name.matches(".*-[0-9][^ ]*\\.jar")),
                    jar + " in " + identity);
        }
    }

    @Test
    void aGuideWhoseNameHasSpacesSignsOrNonLatinLettersIsFoundUpToDate() throws IOException {
        for (String name : List.of("My Guide.pdf", "a=b: c#d!.epub", "\u5b66\u7fd2 \u30ac\u30a4\u30c9.pdf")) {
            Path named = Files.writeString(guide.resolveSibling(name), "guide");
            state(List.of("title=T")).save(List.of(named));
            assertTrue(state(List.of("title=T")).isUpToDate(List.of(named)), name);
            assertEquals(List.of(named), state(List.of("title=T")).recordedOutputs(), name);
        }
    }

    @Test
    void nothingChangedIsUpToDate() throws IOException {
        assertTrue(state(List.of("title=T")).isUpToDate(List.of(guide)));
    }

    @Test
    void touchingAFileWithoutChangingItStaysUpToDate() throws IOException {
        Files.setLastModifiedTime(lessons.resolve("a.md"), FileTime.fromMillis(0));
        assertTrue(state(List.of("title=T")).isUpToDate(List.of(guide)));
    }

    @Test
    void changedLessonImageOrSettingRebuilds() throws IOException {
        assertFalse(state(List.of("title=Other")).isUpToDate(List.of(guide)));
        Files.writeString(lessons.resolve("img/d.png"), "new image");
        assertFalse(state(List.of("title=T")).isUpToDate(List.of(guide)));
    }

    @Test
    void newOrRenamedFileRebuilds() throws IOException {
        Files.move(lessons.resolve("a.md"), lessons.resolve("b.md"));
        assertFalse(state(List.of("title=T")).isUpToDate(List.of(guide)));
    }

    @Test
    void deletedOrEditedGuideRebuilds() throws IOException {
        Files.writeString(guide, "edited");
        assertFalse(state(List.of("title=T")).isUpToDate(List.of(guide)));
        Files.delete(guide);
        assertFalse(state(List.of("title=T")).isUpToDate(List.of(guide)));
    }

    @Test
    void invalidatedStateRebuilds() throws IOException {
        state(List.of("title=T")).invalidate();
        assertFalse(state(List.of("title=T")).isUpToDate(List.of(guide)));
    }

    @Test
    void outputFolderInsideTheLessonsIsNotPartOfTheFingerprint() throws IOException {
        Path inside = Files.createDirectories(lessons.resolve("target"));
        Path innerState = inside.resolve(".g.studyguide-state");
        Path innerGuide = inside.resolve("g.pdf");
        Files.writeString(innerGuide, "pdf");
        BuildState.of(innerState, lessons, List.of()).save(List.of(innerGuide));
        assertTrue(BuildState.of(innerState, lessons, List.of()).isUpToDate(List.of(innerGuide)));
    }

    @Test
    void aLinkCountsByWhereItLeadsNotByWhatLiesOutsideOrByItsText() throws IOException {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Files.writeString(shared.resolve("e.png"), "outside image");
        Path link = Files.createSymbolicLink(lessons.resolve("pictures"), shared);
        state(List.of("title=T")).save(List.of(guide));

        Files.writeString(shared.resolve("e.png"), "changed, but never read by the build");
        assertTrue(state(List.of("title=T")).isUpToDate(List.of(guide)));
        Files.delete(link);
        Files.createSymbolicLink(link, Files.createDirectories(root.resolve("other")));
        assertTrue(state(List.of("title=T")).isUpToDate(List.of(guide)), "out of the folder either way");

        Files.delete(link);
        Files.createSymbolicLink(link, lessons.resolve("img"));
        assertFalse(state(List.of("title=T")).isUpToDate(List.of(guide)), "now it leads into the folder");
        state(List.of("title=T")).save(List.of(guide));
        Files.delete(link);
        Files.createSymbolicLink(link, Path.of("img"));
        assertTrue(state(List.of("title=T")).isUpToDate(List.of(guide)), "the same place, named relatively");

        // An output folder inside the lesson folder is left out of the walk, but not a file the lessons link to there.
        Path output = Files.createDirectories(lessons.resolve("target"));
        Path generated = Files.writeString(Files.createDirectories(output.resolve("gen")).resolve("g.png"), "generated");
        Files.createSymbolicLink(lessons.resolve("g.png"), generated);
        Path innerGuide = Files.writeString(output.resolve("g.pdf"), "pdf");
        BuildState.of(output.resolve(".g.studyguide-state"), lessons, List.of()).save(List.of(innerGuide));
        Files.writeString(generated, "generated anew");
        assertFalse(BuildState.of(output.resolve(".g.studyguide-state"), lessons, List.of()).isUpToDate(List.of(innerGuide)),
                "a file linked from the lessons counts by its content");
    }
}
