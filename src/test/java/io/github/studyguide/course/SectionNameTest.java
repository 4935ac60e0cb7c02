package io.github.studyguide.course;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionNameTest {

    @ParameterizedTest
    @CsvSource({
        "Section-7, 7, ''",
        "Section-7-ECS, 7, ECS",
        "section-10-Auto-Scaling, 10, Auto-Scaling",
        "7, 7, ''",
        "Section 3, 3, ''",
        "Section-02, 2, ''",
    })
    void parsesTheFormsCoursesUse(String text, int number, String slug) {
        assertEquals(new SectionName(number, slug), SectionName.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Intro", "Section-", "Section-X", "", "Chapter-7"})
    void rejectsNamesWithoutANumber(String text) {
        assertTrue(SectionName.parse(text).isEmpty());
    }
}
