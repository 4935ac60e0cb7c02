package io.github.studyguide.refs;

import java.nio.file.Path;

/**
 * Told of each file of the lesson folder that decided what the guides show for a lesson's references, so that the
 * lesson cache can keep the rendered lesson exactly as long as those files stay as they were. Must be thread-safe.
 */
public interface ConsultedFiles {

    /** Records nothing. */
    ConsultedFiles NONE = new ConsultedFiles() {
        @Override
        public void existence(Path file) {
        }

        @Override
        public void content(Path file) {
        }
    };

    /**
     * A file whose existence (and, through a symbolic link, whose place) decided a reference: what a link means, or
     * which of a tool's alternatives an image is. Its content did not: a link goes to a lesson's anchor.
     */
    void existence(Path file);

    /** A file whose content decides what the guides show as well: an image, whose verdict depends on its bytes. */
    void content(Path file);
}
