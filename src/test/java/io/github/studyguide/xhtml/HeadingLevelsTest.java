package io.github.studyguide.xhtml;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class HeadingLevelsTest {

    @Test
    void closesGapsAndKeepsTheNesting() {
        assertArrayEquals(new int[] {3, 4, 3}, HeadingLevels.close(new int[] {4, 6, 4}, 3), "#### ###### ####");
        assertArrayEquals(new int[] {3, 3, 4, 5, 3}, HeadingLevels.close(new int[] {4, 4, 5, 6, 2}, 3));
        assertArrayEquals(new int[] {3, 4, 4, 5}, HeadingLevels.close(new int[] {1, 3, 2, 5}, 3),
                "### and ## both nest under the # before them");
        assertArrayEquals(new int[] {3, 3}, HeadingLevels.close(new int[] {5, 2}, 3),
                "a heading above the first is level with it, not above the lesson's title");
        assertArrayEquals(new int[] {5, 6, 6}, HeadingLevels.close(new int[] {1, 2, 3}, 5), "never past h6");
        assertArrayEquals(new int[] {3, 4, 5}, HeadingLevels.close(new int[] {2, 3, 4}, 3), "no gap: only moved");
    }
}
