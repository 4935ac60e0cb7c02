package io.github.studyguide.output;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

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
    void aLinkCountsByWhereItPointsNotByWhatLiesOutside() throws IOException {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Files.writeString(shared.resolve("e.png"), "outside image");
        Files.createDirectories(root.resolve("other"));
        Path link = Files.createSymbolicLink(lessons.resolve("pictures"), shared);
        state(List.of("title=T")).save(List.of(guide));

        Files.writeString(shared.resolve("e.png"), "changed, but never read by the build");
        assertTrue(state(List.of("title=T")).isUpToDate(List.of(guide)));

        Files.delete(link);
        Files.createSymbolicLink(link, root.resolve("other"));
        assertFalse(state(List.of("title=T")).isUpToDate(List.of(guide)), "a link pointed elsewhere is a change");
    }
}
