package io.github.studyguide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class GuideSettingsTest {

    /** Every setting away from its default, with text that properties must escape. */
    private static GuideConfig everySettingChanged() {
        return GuideConfig.builder()
                .sourceDirectory(Path.of("/work/R&D \"team\"/lessons \u65e5"))
                .includes(List.of("a/**/*.md", "b=c:d.md"))
                .excludes(List.of("drafts/**", "#not-a-comment.md"))
                .outputDirectory(Path.of("/work/out put"))
                .finalName("guide-1.0")
                .formats(Set.of(OutputFormat.PDF))
                .title("Caf\u00e9: a title\nwith a line feed")
                .author("A. Author")
                .language("de")
                .version("2.0")
                .identifier("urn:uuid:00000000-0000-3000-8000-000000000001")
                .pageSize(PageSize.LETTER)
                .outputTimestamp(Instant.parse("2026-01-02T03:04:05Z"))
                .failOnWarning(true)
                .threads(997) // no machine's core count, which is the default
                .handouts(true)
                .instructorEdition(true)
                .pageBreaks(PageBreaks.COMPACT)
                .handoutLayout(HandoutLayout.FOUR_UP)
                .examTips(false)
                .quizAnswers(QuizAnswers.INLINE)
                .numbering(false)
                .printLinkUrls(true)
                .duplex(true)
                .pdfUA(false)
                .pdfA(true)
                .coverImage(Path.of("/work/cover image.png"))
                .accessibilitySummary("Read aloud = fine; no \\u00e9 problem")
                .accessibilityCertifiedBy("Ünïcode Accessibility Lab")
                .projectDirectory(Path.of("/work/R&D \"team\""))
                .fonts(List.of("fonts/Noto Sans JP.ttf", "classpath:fonts/a=b.otf"))
                .codeFonts(List.of("fonts/mono.ttf"))
                .labels(java.util.Map.of("contents", "Inhalt: alles", "answerKey", "L\u00f6sungen"))
                .build();
    }

    private static GuideConfig fewestSettings() {
        return GuideConfig.builder().sourceDirectory(Path.of("/l")).outputDirectory(Path.of("/o")).finalName("g")
                .title("T").identifier("urn:x").build();
    }

    private static GuideConfig throughText(GuideConfig config) throws Exception {
        StringWriter text = new StringWriter();
        GuideSettings.toProperties(config).store(text, null);
        Properties read = new Properties();
        read.load(new StringReader(text.toString()));
        return GuideSettings.fromProperties(read);
    }

    @Test
    void everySettingSurvivesTheWayToTheForkedBuild() throws Exception {
        assertSameSettings(everySettingChanged(), throughText(everySettingChanged()));
        assertSameSettings(fewestSettings(), throughText(fewestSettings()));
    }

    /** Fails when a setting is added to GuideConfig but not to the test above, and so maybe not to the codec. */
    @Test
    void theTestChangesEverySetting() throws Exception {
        for (Field field : settings()) {
            assertFalse(Objects.equals(field.get(everySettingChanged()), field.get(fewestSettings())),
                    field.getName() + " keeps its default in everySettingChanged(); change it there, and encode it");
        }
    }

    /** Fails when a field is added to GuideConfig without a row in GuideSettings, which decides how it is fingerprinted. */
    @Test
    void everyFieldOfTheConfigurationIsASetting() {
        Set<String> fields = settings().stream().map(Field::getName).collect(Collectors.toSet());
        Set<String> rows = GuideSettings.ALL.stream().map(GuideSettings.Setting::name).collect(Collectors.toSet());
        assertEquals(fields, rows);
    }

    /** Each setting that says it counts in the fingerprint does: changing it alone changes the fingerprint. */
    @Test
    void changingAnyFingerprintedSettingChangesTheFingerprint(@TempDir Path folder) throws Exception {
        Path cover = Files.write(folder.resolve("cover.png"), new byte[] {1});
        Properties base = GuideSettings.toProperties(fewestSettings());
        Properties changed = GuideSettings.toProperties(everySettingChanged().toBuilder().coverImage(cover).build());
        List<String> before = GuideSettings.fingerprint(fewestSettings());
        for (GuideSettings.Setting setting : GuideSettings.ALL) {
            Properties one = (Properties) base.clone();
            one.setProperty(setting.name(), changed.getProperty(setting.name()));
            List<String> after = GuideSettings.fingerprint(GuideSettings.fromProperties(one));
            if (setting.fingerprint() == GuideSettings.Fingerprint.NONE) {
                assertEquals(before, after, setting.name() + " says it does not count, yet changes the fingerprint");
            } else {
                assertNotEquals(before, after, setting.name() + " does not change the fingerprint");
            }
        }
    }

    @Test
    void aCoverImageCountsByItsContentNotItsName(@TempDir Path folder) throws Exception {
        Path one = Files.write(folder.resolve("one.png"), new byte[] {1});
        Path same = Files.write(folder.resolve("same.png"), new byte[] {1});
        Path other = Files.write(folder.resolve("other.png"), new byte[] {2});
        GuideConfig config = fewestSettings();
        assertEquals(GuideSettings.fingerprint(config.toBuilder().coverImage(one).build()),
                GuideSettings.fingerprint(config.toBuilder().coverImage(same).build()));
        assertNotEquals(GuideSettings.fingerprint(config.toBuilder().coverImage(one).build()),
                GuideSettings.fingerprint(config.toBuilder().coverImage(other).build()));
    }

    private static void assertSameSettings(GuideConfig expected, GuideConfig actual) throws Exception {
        for (Field field : settings()) {
            assertEquals(field.get(expected), field.get(actual), field.getName());
        }
    }

    private static List<Field> settings() {
        List<Field> fields = List.of(GuideConfig.class.getDeclaredFields()).stream()
                .filter(field -> !Modifier.isStatic(field.getModifiers())).toList();
        fields.forEach(field -> field.setAccessible(true));
        return fields;
    }
}
