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

    /** An SVG's verdict is kept in the store by the drawing's content: the next build does not try it again. */
    @Test
    void keepsSvgVerdictsInTheStoreByContent(@TempDir Path lessons) throws IOException {
        java.util.Map<String, Optional<String>> kept = new java.util.concurrent.ConcurrentHashMap<>();
        ImageVerdicts.Store store = new ImageVerdicts.Store() {
            @Override
            public Optional<Optional<String>> verdict(String key) {
                return Optional.ofNullable(kept.get(key));
            }

            @Override
            public void putVerdict(String key, Optional<String> problem) {
                kept.put(key, problem);
            }
        };
        Path loop = lessons.resolve("loop.svg");
        Files.writeString(loop, LOOP);
        Path raster = lessons.resolve("photo.png");
        Files.write(raster, new byte[] {1, 2, 3});
        Optional<String> problem = new ImageVerdicts(store).problem(loop);
        new ImageVerdicts(store).problem(raster);
        assertTrue(problem.isPresent());
        assertEquals(1, kept.size(), "an SVG's verdict, not a raster image's: " + kept);
        kept.replaceAll((key, verdict) -> Optional.of("kept from the last build"));
        assertEquals(Optional.of("kept from the last build"), new ImageVerdicts(store).problem(loop),
                "the next build reads the verdict instead of trying the drawing");
        Files.writeString(loop, GOOD);
        assertEquals(Optional.empty(), new ImageVerdicts(store).problem(loop), "a changed drawing is tried afresh");
    }
}
