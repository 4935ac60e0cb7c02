package io.github.studyguide.scan;

import io.github.studyguide.diagnostics.Problems;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleFrontMatterTest {

    private static final SourceFile FILE = new SourceFile(Path.of("lesson.md"), "lesson.md", "");

    @Test
    void readsTheUsualLessonHeader() {
        Map<String, FrontMatter.Value> values = SimpleFrontMatter.read("""
                layout: posts
                title: 'Understanding ECS, Fargate, and the Team''s Registry'
                section: Section-7
                lesson: 2\r
                summary: "Hands-On: deploy it"
                """).orElseThrow();
        assertEquals(Map.of(
                "layout", new FrontMatter.Value("posts", 2),
                "title", new FrontMatter.Value("Understanding ECS, Fargate, and the Team's Registry", 3),
                "section", new FrontMatter.Value("Section-7", 4),
                "lesson", new FrontMatter.Value("2", 5),
                "summary", new FrontMatter.Value("Hands-On: deploy it", 6)), values);
    }

    @Test
    void leavesToTheParserWhatItCannotReadExactly() {
        for (String yaml : new String[] {
                "title: a # comment\n", "tags:\n  - a\n", "title: \"a\\tb\"\n", "title: x\ntitle: y\n",
                "title: 'unclosed\n", "  title: indented\n", "title: Caf\u00e9\n", "title: [a, b]\n", "\n",
                "title: a\n\nsection: 2\n", "title: a: b\n", "title:\n", "title: 'a' b\n", "title: \"\u00e9\t\"\n",
                "title: 'a\u0001'\n", "title: 'fox \uD83E\uDD8A'\n", "title: 'a'\t\n", "title: \"a\" \t\n",
                "k".repeat(101) + ": a\n", ""}) {
            assertEquals(Optional.empty(), SimpleFrontMatter.read(yaml), yaml);
        }
    }

    /**
     * Random front matter from pieces that YAML treats specially: wherever the simple reader accepts it, the YAML
     * parser reads the same keys, values and lines.
     */
    @Test
    void readsWhatTheYamlParserReads() {
        String[] keys = {"title", "section", "lesson", "layout", "quiz", "a-b", "x_1", "Title", "1st", "-k", "k k"};
        String[] pieces = {"a", "Z", "7", "0x1F", " ", "  ", "\t", ",", ".", "-", "_", "/", "(", ")", "+", ":", ": ",
                "#", " #", "'", "''", "\"", "\\", "!", "&", "*", "[", "]", "{", "}", "|", ">", "%", "@", "`", "?",
                "\u00e9", "\u00a0", "\u2028", "\uFEFF", "\r", "~", "null", "true", "..."};
        Random random = new Random(42);
        int accepted = 0;
        for (int round = 0; round < 40_000; round++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            for (int i = 0; i < lines; i++) {
                yaml.append(keys[random.nextInt(keys.length)]).append(random.nextInt(8) == 0 ? ":" : ": ");
                String quote = switch (random.nextInt(4)) {
                    case 0 -> "'";
                    case 1 -> "\"";
                    default -> "";
                };
                yaml.append(quote);
                for (int j = random.nextInt(6); j >= 0; j--) {
                    yaml.append(pieces[random.nextInt(pieces.length)]);
                }
                String[] trailing = {"", "", "", "", "  ", "\t", " \t"};
                yaml.append(random.nextInt(6) == 0 ? "" : quote).append(trailing[random.nextInt(trailing.length)])
                        .append('\n');
            }
            Optional<Map<String, FrontMatter.Value>> simple = SimpleFrontMatter.read(yaml.toString());
            if (simple.isPresent()) {
                accepted++;
                Problems problems = new Problems();
                assertEquals(FrontMatterParser.readYaml(FILE, yaml.toString(), problems), simple, yaml.toString());
                assertTrue(problems.sorted().isEmpty(), yaml.toString());
            }
        }
        assertTrue(accepted > 1_000, "the simple reader accepted only " + accepted + " of the random headers");
    }
}
