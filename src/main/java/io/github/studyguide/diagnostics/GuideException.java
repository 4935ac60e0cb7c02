package io.github.studyguide.diagnostics;

/**
 * A problem the user can fix in their lessons or configuration, as opposed to a failure of the plugin or the
 * machine (those surface as {@link java.io.IOException} or runtime exceptions).
 */
public class GuideException extends Exception {

    private static final long serialVersionUID = 1L;

    public GuideException(String message) {
        super(message);
    }
}
