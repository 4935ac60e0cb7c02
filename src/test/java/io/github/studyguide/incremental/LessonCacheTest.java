package io.github.studyguide.incremental;

import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.course.SectionName;
import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.render.RenderedLesson;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonCacheTest {

    private static LessonFacts facts(int line) {
        return new LessonFacts(Set.of("a" + line), List.of(new LessonFacts.Reference("b.md", line)), List.of(),
                List.of(), 3, List.of(new LessonFacts.Question("Question 1", line, 1, false)),
                List.of(new LessonFacts.Reference("日本", line)), List.of(new LessonFacts.Reference("chart.png", line + 1)),
                List.of(new LessonFacts.Reference("the formula $a}$ does not parse", line + 2)));
    }

    private static LessonCache keep(Path file, int count) throws Exception {
        LessonCache cache = LessonCache.in(file, "", "plugin");
        for (int i = 0; i < count; i++) {
            cache.putFacts(cache.factsKey("lesson " + i), facts(i));
        }
        cache.save();
        return cache;
    }

    @Test
    void aFileCutShortKeepsTheEntriesBeforeTheCut(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("guide-lessons.cache");
        keep(file, 3);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 10));

        LessonCache cache = LessonCache.in(file, "", "plugin");
        assertEquals(2, cache.size());
        List<Optional<LessonFacts>> read = List.of(cache.facts(cache.factsKey("lesson 0")),
                cache.facts(cache.factsKey("lesson 1")), cache.facts(cache.factsKey("lesson 2")));
        assertEquals(1, read.stream().filter(Optional::isEmpty).count(), "the entry cut short is dropped");
        for (int i = 0; i < read.size(); i++) {
            int line = i;
            read.get(i).ifPresent(kept -> assertEquals(facts(line), kept, "an entry before the cut is intact"));
        }
    }

    @Test
    void aBuildThatChangedNothingLeavesTheFileAlone(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("guide-lessons.cache");
        keep(file, 2);
        byte[] before = Files.readAllBytes(file);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);

        LessonCache cache = LessonCache.in(file, "", "plugin");
        assertEquals(Optional.of(facts(0)), cache.facts(cache.factsKey("lesson 0")));
        assertEquals(Optional.of(facts(1)), cache.facts(cache.factsKey("lesson 1")));
        cache.save();
        assertEquals(old, Files.getLastModifiedTime(file), "not written again");

        LessonCache fewer = LessonCache.in(file, "", "plugin");
        assertEquals(Optional.of(facts(0)), fewer.facts(fewer.factsKey("lesson 0")));
        fewer.save();
        assertEquals(1, LessonCache.in(file, "", "plugin").size(), "an entry the build did not use is dropped");
        assertTrue(Files.size(file) < before.length);
    }

    @Test
    void aDifferentPluginReadsNothing(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("guide-lessons.cache");
        keep(file, 1);
        LessonCache other = LessonCache.in(file, "", "another plugin");
        assertEquals(Optional.empty(), other.facts(other.factsKey("lesson 0")));
        assertEquals(1, other.size(), "the entry is there, under another key");
    }

    @Test
    void imageVerdictsAreKeptForTheSamePluginOnly(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("guide-lessons.cache");
        LessonCache first = LessonCache.in(file, "", "plugin");
        first.imageVerdicts().putVerdict("svg:1234", Optional.of("cannot be drawn by Batik"));
        first.imageVerdicts().putVerdict("svg:5678", Optional.empty());
        first.save();
        LessonCache next = LessonCache.in(file, "other options", "plugin");
        assertEquals(Optional.of(Optional.of("cannot be drawn by Batik")), next.imageVerdicts().verdict("svg:1234"));
        assertEquals(Optional.of(Optional.empty()), next.imageVerdicts().verdict("svg:5678"));
        assertEquals(Optional.empty(), next.imageVerdicts().verdict("svg:9999"));
        assertEquals(2, next.verdictsReadBack());
        assertEquals(Optional.empty(), LessonCache.in(file, "", "plugin 2").imageVerdicts().verdict("svg:1234"),
                "another plugin (another Batik) tries the drawing again");
    }

    private static Lesson lesson(Path folder) {
        String text = "---\ntitle: 'Charts'\nsection: 1\nlesson: 1\n---\n![A chart](chart.png)\n";
        var file = new FrontMatterParser().parse(new SourceFile(folder.resolve("l.md"), "l.md", text), new Problems())
                .orElseThrow();
        return new Lesson(file, SectionName.parse("1").orElseThrow(), 1, 0, "Charts");
    }

    /** Keeps a lesson rendered while the files named had the states they have now; returns its key. */
    private static String keepLesson(Path cacheFile, Lesson lesson, Path... consulted) throws Exception {
        LessonCache cache = LessonCache.in(cacheFile, "plugin", "plugin");
        String key = cache.key("options", lesson);
        FileStates.Recording recording = FileStates.of(lesson.file().source().path().getParent()).recording();
        for (Path image : consulted) {
            recording.content(image);
        }
        cache.put(key, new RenderedLesson(lesson, "<p>kept</p>", facts(1)), recording.states());
        cache.save();
        return key;
    }

    private static Optional<RenderedLesson> lookUp(Path cacheFile, Lesson lesson, String key, Path lessons) {
        return LessonCache.in(cacheFile, "plugin", "plugin").get(key, lesson, facts(1), FileStates.of(lessons));
    }

    @Test
    void aKeptLessonHoldsWhileTheImagesItShowsAreUnchangedAndOtherFilesDoNotMatter(@TempDir Path folder)
            throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Files.write(lessons.resolve("chart.png"), new byte[] {1, 2, 3});
        Path cacheFile = folder.resolve("guide-lessons.cache");
        Lesson lesson = lesson(lessons);
        String key = keepLesson(cacheFile, lesson, lessons.resolve("chart.png"));

        Files.write(lessons.resolve("another.png"), new byte[] {4});
        assertEquals("<p>kept</p>", lookUp(cacheFile, lesson, key, lessons).orElseThrow().xhtml(),
                "a file the lesson does not show changes nothing");

        Files.write(lessons.resolve("chart.png"), new byte[] {1, 2, 4});
        LessonCache edited = LessonCache.in(cacheFile, "plugin", "plugin");
        assertEquals(Optional.empty(), edited.get(key, lesson, facts(1), FileStates.of(lessons)),
                "the image it shows was edited: render it again");
        assertEquals(0, edited.lessonsReadBack());
        edited.save();
        assertEquals(0, LessonCache.in(cacheFile, "plugin", "plugin").size(), "the outdated entry is not kept");
    }

    @Test
    void aKeptLessonWhoseImageWasMissingRendersAgainOnceItAppears(@TempDir Path folder) throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Path cacheFile = folder.resolve("guide-lessons.cache");
        Lesson lesson = lesson(lessons);
        String key = keepLesson(cacheFile, lesson, lessons.resolve("chart.png"));
        assertTrue(lookUp(cacheFile, lesson, key, lessons).isPresent(), "still missing: the same lesson");

        Files.write(lessons.resolve("chart.png"), new byte[] {1});
        assertEquals(Optional.empty(), lookUp(cacheFile, lesson, key, lessons));
    }

    @Test
    void aKeptLessonRendersAgainWhenItsImageVanishesOrBecomesALinkOutOfTheFolder(@TempDir Path folder)
            throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Files.write(lessons.resolve("chart.png"), new byte[] {1});
        Path cacheFile = folder.resolve("guide-lessons.cache");
        Lesson lesson = lesson(lessons);
        String key = keepLesson(cacheFile, lesson, lessons.resolve("chart.png"));

        Path outside = Files.write(folder.resolve("chart.png"), new byte[] {1});
        Files.delete(lessons.resolve("chart.png"));
        assertEquals(Optional.empty(), lookUp(cacheFile, lesson, key, lessons), "vanished");
        Files.createSymbolicLink(lessons.resolve("chart.png"), outside);
        assertEquals(Optional.empty(), lookUp(cacheFile, lesson, key, lessons),
                "the same bytes, but behind a link out of the folder, which the build does not read");
    }

    @Test
    void filesAreRecordedByTheirNameInTheLessonFolderSoAMovedProjectKeepsItsCache(@TempDir Path folder)
            throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("a/lessons/part"));
        Files.write(lessons.resolve("chart.png"), new byte[] {1});
        FileStates.Recording recording = FileStates.of(folder.resolve("a/lessons")).recording();
        recording.content(lessons.resolve("chart.png"));
        recording.content(lessons.resolve("missing.png"));
        recording.content(folder.resolve("outside.png"));
        SortedMap<String, String> states = recording.states();
        assertEquals(List.of("part/chart.png", "part/missing.png"), List.copyOf(states.keySet()),
                "what lies outside the folder is never read, so never recorded");

        Path moved = Files.move(folder.resolve("a"), folder.resolve("b"));
        assertTrue(FileStates.of(moved.resolve("lessons")).unchanged(states));
    }

    @Test
    void aPageALinkMeansCountsByItsExistenceNotItsContent(@TempDir Path lessons) throws Exception {
        Path page = Files.writeString(lessons.resolve("setup.md"), "# Setup\n");
        FileStates.Recording recording = FileStates.of(lessons).recording();
        recording.existence(page);
        recording.existence(lessons.resolve("index.md"));
        SortedMap<String, String> states = recording.states();

        Files.writeString(page, "# Setup\n\nEdited: the link still goes to its anchor.\n");
        assertTrue(FileStates.of(lessons).unchanged(states));
        Files.writeString(lessons.resolve("index.md"), "# Home\n");
        assertEquals(false, FileStates.of(lessons).unchanged(states), "a page the link may mean appeared");
    }
}
