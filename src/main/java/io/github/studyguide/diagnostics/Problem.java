package io.github.studyguide.diagnostics;

import java.util.Objects;

/**
 * One problem found in the lessons, located by file and line so that an author can go straight to it.
 *
 * @param severity whether the problem stops the build
 * @param file the file, relative to the source directory, with {@code /} separators; empty for a problem that
 *     concerns several files and names them in its message
 * @param line the 1-based line in the file (front matter lines included), or 0 when the whole file is meant
 * @param message what is wrong and how to fix it
 */
public record Problem(Severity severity, String file, int line, String message) {

    /** How serious a problem is. */
    public enum Severity {
        /** The guide cannot be built correctly until the author fixes it. */
        ERROR,
        /** The guide is built, but probably not as the author meant. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    /** The form compilers use, {@code path/to/lesson.md:12: message}, which IDEs and terminals turn into links. */
    @Override
    public String toString() {
        if (file.isEmpty()) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
