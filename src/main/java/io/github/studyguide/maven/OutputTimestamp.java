package io.github.studyguide.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} the way Maven's own archivers do: ISO 8601 with an offset, or whole
 * seconds since the epoch; a value of one character (conventionally {@code 1}) switches it off.
 */
final class OutputTimestamp {

    private OutputTimestamp() {
    }

    static Optional<Instant> parse(String value) {
        if (value == null || value.trim().length() < 2) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + text + "' is not a timestamp;"
                    + " use ISO 8601 such as 2024-01-01T00:00:00Z, or seconds since the epoch", e);
        }
    }
}
