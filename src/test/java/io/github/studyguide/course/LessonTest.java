package io.github.studyguide.course;

import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.scan.FrontMatterParser;
import io.github.studyguide.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonTest {

    private static Lesson lesson(String title, String extra) {
        String text = "---\ntitle: '" + title + "'\nsection: 7\nlesson: 2\n" + extra + "---\nBody\n";
        var file = new FrontMatterParser().parse(new SourceFile(Path.of("l.md"), "l.md", text), new Problems()).orElseThrow();
        return new Lesson(file, SectionName.parse("7").orElseThrow(), 2, 0, title);
    }

    @Test
    void handsOnByTitleOrFrontMatter() {
        assertTrue(lesson("Hands-On: Deploy", "").isHandsOn());
        assertTrue(lesson("Hands on lab", "").isHandsOn());
        assertTrue(lesson("handson with ECS", "").isHandsOn());
        assertTrue(lesson("Deploy a service", "type: hands-on\n").isHandsOn());
    }

    @Test
    void handsOnByATitleInAnyLanguageOfTheBundles() {
        assertTrue(lesson("Praxisübung: Container starten", "").isHandsOn());
        assertTrue(lesson("Práctica guiada: imágenes", "").isHandsOn());
        assertTrue(lesson("ハンズオン：コンテナ", "").isHandsOn());
        assertTrue(lesson("Практикум. Образы", "").isHandsOn());
        assertFalse(lesson("Praxisübungen im Überblick", "").isHandsOn(), "a longer word is another word");
    }

    @Test
    void nearMissesAreNotHandsOn() {
        assertFalse(lesson("Handsome defaults", "").isHandsOn());
        assertFalse(lesson("Why hands-on practice matters", "").isHandsOn(), "only a title that starts with it");
        assertFalse(lesson("Deploy", "type: lecture\n").isHandsOn());
    }

    @Test
    void titlesShowTheNumberAndTheKind() {
        assertEquals("7.2 Hands-On: Deploy a service", lesson("Deploy a service", "type: hands-on\n").displayTitle(true, false, Labels.english()));
        assertEquals("7.2 Hands-On: Deploy", lesson("Hands-On: Deploy", "").displayTitle(true, false, Labels.english()));
        assertEquals("7.2 Quiz: Containers", lesson("Containers", "").displayTitle(true, true, Labels.english()));
        assertEquals("7.2 Containers quiz", lesson("Containers quiz", "").displayTitle(true, true, Labels.english()));
        assertEquals("Containers", lesson("Containers", "").displayTitle(false, false, Labels.english()));
    }

    @Test
    void theKindIsNamedInTheGuidesLanguage() {
        Labels german = Labels.of("de", java.util.Map.of(), new java.util.ArrayList<>());
        assertEquals("7.2 Praxisübung: Container starten",
                lesson("Container starten", "type: hands-on\n").displayTitle(true, false, german));
        assertEquals("7.2 Praxisübung: Images", lesson("Praxisübung: Images", "").displayTitle(true, false, german));
        assertEquals("Quiz: Wiederholung", lesson("Wiederholung", "").displayTitle(false, true, german));
        Labels spanish = Labels.of("es", java.util.Map.of(), new java.util.ArrayList<>());
        assertEquals("Cuestionario: Repaso", lesson("Repaso", "").displayTitle(false, true, spanish));
        assertEquals("Cuestionario final", lesson("Cuestionario final", "").displayTitle(false, true, spanish));
    }
}
