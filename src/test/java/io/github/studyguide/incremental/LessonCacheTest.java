package io.github.studyguide.incremental;

import io.github.studyguide.check.LessonFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
}
