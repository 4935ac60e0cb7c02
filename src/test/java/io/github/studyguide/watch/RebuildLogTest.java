package io.github.studyguide.watch;

import io.github.studyguide.RecordingLog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rebuild repeats no warning the last build showed, unless it is about a file that changed. */
class RebuildLogTest {

    @Test
    void showsTheChangedFilesWarningsAndNewOnesOnly() {
        RecordingLog recorded = new RecordingLog();
        RebuildLog log = new RebuildLog(recorded, Set.of("a/01-edited.md"),
                Set.of("b/02-other.md:3: links to c.md, which does not exist", "a/01-edited.md:9: image has no alt text"));
        log.info("Rendering 2 lessons");
        log.warn("a/01-edited.md:9: image has no alt text");
        log.warn("b/02-other.md:3: links to c.md, which does not exist");
        log.warn("b/03-linking.md:5: links to a/01-old.md, which does not exist");
        log.error("b/02-other.md:1: front matter is not valid YAML");

        assertEquals(List.of("a/01-edited.md:9: image has no alt text",
                "b/03-linking.md:5: links to a/01-old.md, which does not exist"), recorded.at("WARN"));
        assertEquals(List.of("b/02-other.md:1: front matter is not valid YAML"), recorded.at("ERROR"));
        assertEquals(List.of(), recorded.at("INFO"), "one line per rebuild, the watch's own");
        assertEquals(1, log.otherWarnings());
        assertEquals(3, log.warnings().size());
    }

    @Test
    void theFirstBuildShowsEverything() {
        RecordingLog recorded = new RecordingLog();
        RebuildLog log = RebuildLog.firstBuild(recorded);
        log.info("Rendering 2 lessons");
        log.warn("b/02-other.md:3: links to c.md, which does not exist");
        assertEquals(List.of("Rendering 2 lessons"), recorded.at("INFO"));
        assertEquals(List.of("b/02-other.md:3: links to c.md, which does not exist"), recorded.at("WARN"));
    }
}
