package io.github.studyguide.watch;

import io.github.studyguide.diagnostics.BuildLog;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The log of a rebuild: the build's own progress lines go to debug, since the watch says one line per rebuild
 * instead; errors are all shown; warnings only when they are about a file that changed or are new since the last
 * build (a link broken by a lesson renamed elsewhere), as the last build showed the others and an author who saves
 * every minute should not read them again each time.
 */
final class RebuildLog implements BuildLog {

    private final BuildLog log;
    private final Set<String> changed;
    private final Set<String> shownBefore;
    private final Set<String> warnings = ConcurrentHashMap.newKeySet();
    private final AtomicInteger otherWarnings = new AtomicInteger();
    /** Whether the build's progress lines are shown: only for the first build, which reads as any build. */
    private final boolean progress;

    /**
     * @param changed the files that changed, relative to the lesson folder
     * @param shownBefore the warnings of the last build, whose {@link #warnings()} they were
     */
    RebuildLog(BuildLog log, Set<String> changed, Set<String> shownBefore) {
        this(log, changed, shownBefore, false);
    }

    private RebuildLog(BuildLog log, Set<String> changed, Set<String> shownBefore, boolean progress) {
        this.log = log;
        this.changed = changed;
        this.shownBefore = shownBefore;
        this.progress = progress;
    }

    /** The log of the first build: everything shown, the warnings noted for the rebuilds. */
    static RebuildLog firstBuild(BuildLog log) {
        return new RebuildLog(log, Set.of(), Set.of(), true);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        if (progress) {
            log.info(message);
        } else {
            log.debug(message);
        }
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
        if (ofChangedFile(message) || !shownBefore.contains(message)) {
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

    /** Every warning of this build, shown or not. */
    Set<String> warnings() {
        return Set.copyOf(warnings);
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
