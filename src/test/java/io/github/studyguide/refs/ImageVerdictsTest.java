package io.github.studyguide.refs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageVerdictsTest {

    private static final String GOOD = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<rect width=\"5\" height=\"5\"/></svg>";
    private static final String LOOP = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"10\" height=\"10\"><g id=\"g\"><use xlink:href=\"#g\"/></g></svg>";

    /** A build reads each image once, however many lessons show it and whoever asks: the checks or the renderer. */
    @Test
    void decidesEachImageOnce(@TempDir Path lessons) throws IOException {
        Path image = lessons.resolve("diagram.svg");
        Files.writeString(image, GOOD);
        ImageVerdicts verdicts = new ImageVerdicts();
        assertEquals(Optional.empty(), verdicts.problem(image));
        Files.writeString(image, LOOP);
        assertTrue(ImageFiles.problem(image).isPresent(), "the file now has a problem");
        assertEquals(Optional.empty(), verdicts.problem(lessons.resolve("sub/../diagram.svg")),
                "the same file, however its path is written, is not read again");
        assertTrue(new ImageVerdicts().problem(image).isPresent(), "another build reads it afresh");
    }
}
