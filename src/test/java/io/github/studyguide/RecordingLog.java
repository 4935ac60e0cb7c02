package io.github.studyguide;

import io.github.studyguide.diagnostics.BuildLog;
import java.util.ArrayList;
import java.util.List;

/** A {@link BuildLog} that keeps what the build said, as "LEVEL message" lines, for tests to read. */
public final class RecordingLog implements BuildLog {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void debug(String message) {
        lines.add("DEBUG " + message);
    }

    @Override
    public synchronized void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("ERROR " + message);
    }

    /** The messages logged at {@code level} (DEBUG, INFO, WARN or ERROR), in order, without the level. */
    public synchronized List<String> at(String level) {
        return lines.stream().filter(line -> line.startsWith(level + " "))
                .map(line -> line.substring(level.length() + 1)).toList();
    }

    public synchronized void clear() {
        lines.clear();
    }
}
