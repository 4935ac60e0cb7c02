package io.github.studyguide.diagnostics;

/**
 * Where the core reports progress. The Maven plugin adapts its own log to it; tests pass {@link #SILENT}.
 */
public interface BuildLog {

    BuildLog SILENT = new BuildLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }
    };

    /** Detail for {@code mvn -X}: timings, files, decisions. */
    void debug(String message);

    /** Concise progress, a few lines per build. */
    void info(String message);

    void warn(String message);

    void error(String message);
}
