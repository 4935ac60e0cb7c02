package io.github.studyguide.maven;

import io.github.studyguide.GuideConfig;
import io.github.studyguide.GuideConfigBuilder;
import io.github.studyguide.diagnostics.GuideException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks the lessons without building the guides: front matter, order, links between lessons, images and
 * directives, with every problem reported by file and line. Fast enough to run on every build, it binds to
 * {@code validate} by default.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractStudyGuideMojo {

    @Override
    GuideConfigBuilder configure(GuideConfigBuilder config, Path sourceDirectory) throws MojoExecutionException {
        // Nothing is written; the title only satisfies the shared configuration.
        return config.title(defaultTitle(sourceDirectory));
    }

    @Override
    void run(GuideRun run) throws GuideException, IOException {
        run.check();
    }
}
