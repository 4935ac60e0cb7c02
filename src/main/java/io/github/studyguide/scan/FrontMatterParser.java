package io.github.studyguide.scan;

import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.internal.Text;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Jekyll-style front matter from a Markdown file and reads it with a real YAML parser, so that quoting,
 * {@code ''} escapes and colons inside quoted titles mean what YAML says they mean. The plain {@code key: value} lines
 * of most lessons are read by {@link SimpleFrontMatter} instead, to the same result and many times faster.
 *
 * <p>Front matter is only the block that opens on the very first line; a {@code ---} further down is a thematic
 * break of the Markdown body. Thread-safe.
 */
public final class FrontMatterParser {

    /** The opening line, then the YAML, then a closing {@code ---} or {@code ...} line. */
    private static final Pattern BLOCK = Pattern.compile(
            "\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern EMPTY_BLOCK = Pattern.compile("\\A---[ \\t]*\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");
    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(?:\\r?\\n|\\z)");

    /** Front matter is a handful of keys; anything this big is not front matter and is not worth parsing. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024;

    /**
     * Parses a file's front matter.
     *
     * @return the file split into front matter and body; empty when the file has no front matter (it is then not a
     *     lesson) or when its front matter has a problem, which is recorded
     */
    public Optional<ParsedFile> parse(SourceFile file, Problems problems) {
        String text = file.text();
        if (!OPENING.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher empty = EMPTY_BLOCK.matcher(text);
        if (empty.find()) {
            FrontMatter none = new FrontMatter(Map.of(), 1, 3);
            return Optional.of(new ParsedFile(file, none, text.substring(empty.end())));
        }
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            problems.error(file.relativePath(), 1, "front matter opened with --- is never closed;"
                    + " add a line with only --- after the last key");
            return Optional.empty();
        }
        String yaml = block.group(1);
        int bodyLine = 1 + Text.lineFeedsBefore(text, block.end());
        return SimpleFrontMatter.read(yaml).or(() -> readYaml(file, yaml, problems))
                .map(values -> new ParsedFile(file, new FrontMatter(values, 1, bodyLine), text.substring(block.end())));
    }

    /**
     * Parses YAML with lines counted from the file's line 2, where the YAML starts, recording its problems; what
     * {@link SimpleFrontMatter} reads, this reads the same.
     */
    static Optional<Map<String, FrontMatter.Value>> readYaml(SourceFile file, String yaml, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.relativePath())
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(MAX_YAML_CODE_POINTS)
                .setUseMarks(true)
                .build();
        Optional<Node> root;
        try {
            // YAML counts a lone carriage return as a line break and this parser counts only line feeds; making them
            // one keeps YAML's line numbers right.
            root = new Compose(settings).composeString(yaml.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 2).orElse(1);
            problems.error(file.relativePath(), line, "front matter is not valid YAML: " + describe(e)
                    + "; quote values that contain ': ' or start with a special character");
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(file.relativePath(), 1, "front matter is not valid YAML: " + e.getMessage());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // snakeyaml-engine rejects some malformed tags (found by fuzzing) with an unchecked exception of its own.
            problems.error(file.relativePath(), 1, "front matter is not valid YAML: " + e.getMessage()
                    + "; remove or quote the value that starts with !");
            return Optional.empty();
        } catch (IndexOutOfBoundsException e) {
            // snakeyaml-engine's reader can fail this way on some malformed input (found by fuzzing).
            problems.error(file.relativePath(), 1, "front matter is not valid YAML; check its quotes and indentation");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(Map.of());
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.error(file.relativePath(), lineOf(root.get()), "front matter must be 'key: value' lines,"
                    + " such as 'title: My lesson'");
            return Optional.empty();
        }
        Map<String, FrontMatter.Value> values = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                continue;
            }
            String key = keyNode.getValue();
            int line = lineOf(keyNode);
            if (values.containsKey(key)) {
                problems.error(file.relativePath(), line, "front matter key '" + key + "' appears twice (first on line "
                        + values.get(key).line() + "); keep one of them");
                ok = false;
                continue;
            }
            String text = tuple.getValueNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            values.put(key, new FrontMatter.Value(text, line));
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (context != null && !context.isBlank()) {
            return context + ", " + problem;
        }
        return problem;
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 2;
    }
}
