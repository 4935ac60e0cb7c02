package io.github.studyguide.maven;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompilerHintTest {

    @Test
    void suggestsTheQuickCompilerAfterALongBuildOnFewCores() {
        assertEquals(Optional.of("This build took 27 s on 2 cores with the JVM's optimising compiler; a line"
                + " -XX:TieredStopAtLevel=1 in the project's .mvn/jvm.config (or the plugin's fork setting) usually"
                + " makes such builds much faster (see the plugin's README, \"Performance\")"),
                CompilerHint.forBuild(27_400, 2, Optional.of("4")));
    }

    @Test
    void staysQuietOtherwise() {
        assertTrue(CompilerHint.forBuild(9_999, 2, Optional.of("4")).isEmpty(), "a short build");
        assertTrue(CompilerHint.forBuild(27_400, 8, Optional.of("4")).isEmpty(), "many cores");
        assertTrue(CompilerHint.forBuild(27_400, 2, Optional.of("1")).isEmpty(), "already C1 only");
        assertTrue(CompilerHint.forBuild(27_400, 2, Optional.empty()).isEmpty(), "not HotSpot");
    }

    @Test
    void readsTheFlagOfThisJvm() {
        // Tests run on HotSpot (OpenJDK), which has the flag; its value depends on how the JVM was started.
        assertTrue(CompilerHint.tieredStopAtLevel().orElseThrow().matches("[0-4]"));
    }
}
