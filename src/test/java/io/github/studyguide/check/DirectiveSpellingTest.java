package io.github.studyguide.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirectiveSpellingTest {

    @ParameterizedTest
    @ValueSource(strings = {"pagewidth", "pagelink", "page-break", "Page Break", "pagebrake", "pgebreak", "PAGE_BREAK", "linebreak"})
    void suggestsPageBreakForNearMisses(String comment) {
        assertEquals(Optional.of("pagebreak"), DirectiveSpelling.suggestionFor(comment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pagebreak", "PageBreak", "TODO: check the numbers", "note", "more", "", "markdownlint-disable",
        "Quiz answers follow"})
    void leavesDirectivesAndOrdinaryCommentsAlone(String comment) {
        assertEquals(Optional.empty(), DirectiveSpelling.suggestionFor(comment));
    }
}
