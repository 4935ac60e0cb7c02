package io.github.studyguide.maven;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutputTimestampTest {

    @Test
    void readsIsoWithOffsetAndEpochSeconds() {
        assertEquals(Optional.of(Instant.parse("2026-01-15T09:00:00Z")), OutputTimestamp.parse("2026-01-15T10:00:00+01:00"));
        assertEquals(Optional.of(Instant.ofEpochSecond(1_700_000_000L)), OutputTimestamp.parse("1700000000"));
    }

    @Test
    void unsetOrOneCharacterMeansNoTimestamp() {
        assertEquals(Optional.empty(), OutputTimestamp.parse(null));
        assertEquals(Optional.empty(), OutputTimestamp.parse("1"));
        assertEquals(Optional.empty(), OutputTimestamp.parse(" "));
    }

    @Test
    void anythingElseIsTheUsersMistake() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> OutputTimestamp.parse("yesterday"));
        assertEquals("project.build.outputTimestamp 'yesterday' is not a timestamp; use ISO 8601 such as"
                + " 2024-01-01T00:00:00Z, or seconds since the epoch", failure.getMessage());
    }
}
