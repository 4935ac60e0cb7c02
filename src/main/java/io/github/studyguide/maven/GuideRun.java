package io.github.studyguide.maven;

import io.github.studyguide.BuildResult;
import io.github.studyguide.GuideConfig;
import io.github.studyguide.StudyGuide;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
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

    /**
     * Builds; a forked build first learns here whether the guides are up to date, so that a build with nothing to
     * do starts no JVM. The forked JVM then reads the lesson folder again rather than take this state over: a
     * hand-over saved too little to earn a second way in (docs/performance.md, "fork").
     */
    BuildResult build() throws GuideException, IOException {
        StudyGuide here = new StudyGuide(config, log);
        if (fork.isEmpty()) {
            return here.build();
        }
        Optional<BuildResult> current = here.upToDate(here.state());
        return current.isPresent() ? current.get() : fork.get().build();
    }

    void check() throws GuideException, IOException {
        if (fork.isPresent()) {
            fork.get().check();
        } else {
            new StudyGuide(config, log).check();
        }
    }
}
