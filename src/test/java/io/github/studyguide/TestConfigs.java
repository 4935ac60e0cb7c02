package io.github.studyguide;

import java.nio.file.Path;
import java.time.Instant;

/** Guide configurations as the tests build them. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /**
     * A guide of the lessons in {@code lessons}, written to {@code out} as {@code guide.*}, with a fixed identifier
     * and output timestamp, so that two builds of the same lessons can be compared byte for byte.
     */
    public static GuideConfigBuilder guide(Path lessons, Path out, String title) {
        return GuideConfig.builder()
                .sourceDirectory(lessons)
                .outputDirectory(out)
                .finalName("guide")
                .title(title)
                .identifier("urn:uuid:00000000-0000-3000-8000-000000000000")
                .outputTimestamp(Instant.parse("2026-01-15T09:00:00Z"));
    }
}
