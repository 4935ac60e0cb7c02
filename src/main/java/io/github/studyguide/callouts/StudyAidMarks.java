package io.github.studyguide.callouts;

/**
 * The classes by which {@link DivLooks} marks the fenced divs of study aids (exercises, solutions, key points,
 * objectives, instructor notes) for the aids package to lay out. Raw HTML with the same classes counts too.
 */
public final class StudyAidMarks {

    public static final String EXERCISE = "exercise";
    public static final String SOLUTION = "solution";
    public static final String HINT = "hint";
    public static final String KEY_POINTS = "key-points";
    public static final String OBJECTIVES = "objectives";
    /** A Carpentries {@code questions} div: the questions a lesson answers, shown with its objectives. */
    public static final String QUESTIONS = "lesson-questions";
    public static final String INSTRUCTOR_NOTE = "instructor-note";
    /** The author's {@code title="..."} of a marked div, its first child. */
    public static final String TITLE = "aid-title";

    private StudyAidMarks() {
    }
}
