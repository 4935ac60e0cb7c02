package io.github.studyguide.maven;

import io.github.studyguide.BuildLog;
import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideException;
import io.github.studyguide.StudyGuide;
import io.github.studyguide.fork.ForkedGuide;

import java.io.IOException;
import java.util.Optional;

/**
 * A goal's work, run in Maven's JVM or, when {@code fork} applies, in a JVM of its own.
 *
 * @param config the build's configuration
 * @param log Maven's log, adapted
 * @param fork the forked JVM to run in, or empty to run here
 */
record GuideRun(GuideConfig config, BuildLog log, Optional<ForkedGuide> fork) {

    BuildResult build() throws GuideException, IOException {
        return fork.isPresent() ? fork.get().build() : new StudyGuide(config, log).build();
    }

    void check() throws GuideException, IOException {
        if (fork.isPresent()) {
            fork.get().check();
        } else {
            new StudyGuide(config, log).check();
        }
    }
}
