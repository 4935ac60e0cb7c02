package io.github.studyguide.fork;

import io.github.studyguide.GuideConfig;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.PageSize;
import io.github.studyguide.QuizAnswers;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ConfigCodecTest {

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
                .examTips(false)
                .quizAnswers(QuizAnswers.INLINE)
                .numbering(false)
                .printLinkUrls(true)
                .duplex(true)
                .pdfUA(true)
                .pdfA(true)
                .coverImage(Path.of("/work/cover image.png"))
                .projectDirectory(Path.of("/work/R&D \"team\""))
                .fonts(List.of("fonts/Noto Sans JP.ttf", "classpath:fonts/a=b.ttc"))
                .codeFonts(List.of("fonts/Mono.ttf"))
                .labels(java.util.Map.of("answerKey", "Lösungen: =\n#", "contents", "Inhalt"))
                .build();
    }

    private static GuideConfig fewestSettings() {
        return GuideConfig.builder().sourceDirectory(Path.of("/l")).outputDirectory(Path.of("/o")).finalName("g")
                .title("T").identifier("urn:x").build();
    }

    private static GuideConfig throughText(GuideConfig config) throws Exception {
        StringWriter text = new StringWriter();
        ConfigCodec.encode(config).store(text, null);
        Properties read = new Properties();
        read.load(new StringReader(text.toString()));
        return ConfigCodec.decode(read);
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
