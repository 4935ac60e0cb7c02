package io.github.studyguide.diagnostics;

import io.github.studyguide.internal.Text;

import java.util.List;

/**
 * Thrown when the lessons themselves have problems that the author must fix. Each problem has already been
 * logged with its file and line; the message only counts them.
 */
public final class LessonProblemsException extends GuideException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public LessonProblemsException(List<Problem> problems) {
        this(problems, false);
    }

    /**
     * @param problems every problem found, already logged
     * @param warningsFail whether the build fails because of warnings alone ({@code failOnWarning})
     */
    public LessonProblemsException(List<Problem> problems, boolean warningsFail) {
        super(summary(problems) + (warningsFail ? " (failOnWarning is set, so warnings fail the build)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.size() - errors;
        StringBuilder text = new StringBuilder("The lessons have ").append(Text.count(errors, "error"));
        if (warnings > 0) {
            text.append(" and ").append(Text.count(warnings, "warning"));
        }
        return text.append(" (listed above); fix them and build again.").toString();
    }
}
