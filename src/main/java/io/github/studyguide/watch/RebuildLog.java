package io.github.studyguide.watch;

import io.github.studyguide.diagnostics.BuildLog;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The log of a rebuild: the build's own progress lines go to debug, since the watch says one line per rebuild
 * instead; errors are all shown; warnings only for the files that changed, as the first build showed the others and
 * an author who saves every minute should not read them again each time.
 */
final class RebuildLog implements BuildLog {

    private final BuildLog log;
    private final Set<String> changed;
    private final AtomicInteger otherWarnings = new AtomicInteger();

    RebuildLog(BuildLog log, Set<String> changed) {
        this.log = log;
        this.changed = changed;
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        log.debug(message);
    }

    @Override
    public void warn(String message) {
        if (ofChangedFile(message)) {
            log.warn(message);
        } else {
            otherWarnings.incrementAndGet();
            log.debug(message);
        }
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    /** How many warnings were about files that did not change, and not shown. */
    int otherWarnings() {
        return otherWarnings.get();
    }

    /** Whether a problem names a changed file, as {@code path/lesson.md:12: ...} or {@code path/lesson.md: ...}. */
    private boolean ofChangedFile(String message) {
        for (String file : changed) {
            if (message.startsWith(file + ":")) {
                return true;
            }
        }
        return false;
    }
}
