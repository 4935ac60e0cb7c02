package io.github.studyguide.maven;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.StudyGuide;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.fork.ForkedGuide;
import io.github.studyguide.incremental.BuildState;

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

    /**
     * Builds; a forked build first learns here whether the guides are up to date, so that a build with nothing to
     * do starts no JVM (0.65 s for 2,000 lessons), and hands the fingerprint over.
     */
    BuildResult build() throws GuideException, IOException {
        StudyGuide here = new StudyGuide(config, log);
        if (fork.isEmpty()) {
            return here.build();
        }
        BuildState state = here.state();
        Optional<BuildResult> current = here.upToDate(state);
        return current.isPresent() ? current.get() : fork.get().build(state);
    }

    void check() throws GuideException, IOException {
        if (fork.isPresent()) {
            fork.get().check();
        } else {
            new StudyGuide(config, log).check();
        }
    }
}
