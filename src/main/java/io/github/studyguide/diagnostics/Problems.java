package io.github.studyguide.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one build so that all of them are reported before the build fails once.
 * Safe to share between the threads that render lessons in parallel.
 */
public final class Problems {

    private static final Comparator<Problem> BY_LOCATION =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message);

    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public void error(String file, int line, String message) {
        add(Problem.error(file, line, message));
    }

    public void warning(String file, int line, String message) {
        add(Problem.warning(file, line, message));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** All problems, sorted by file and line so that the report reads the same on every run. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(BY_LOCATION);
        return copy;
    }
}
