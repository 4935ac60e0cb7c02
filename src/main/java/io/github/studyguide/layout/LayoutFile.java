package io.github.studyguide.layout;

import io.github.studyguide.diagnostics.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a layout's own file ({@code config.yaml}, {@code mkdocs.yml}, {@code SUMMARY.md}) from inside the source
 * folder. YAML is composed into nodes and never constructed into objects, so that tags such as MkDocs'
 * {@code !!python/name:material.extensions.emoji.twemoji} or {@code !ENV} are kept as text instead of failing the
 * parse: the layouts only read a few plain keys.
 */
final class LayoutFile {

    /** Layout files are a few kilobytes; anything this big is not one. */
    private static final int MAX_CODE_POINTS = 1024 * 1024;

    private LayoutFile() {
    }

    /** The file's text, or empty when it is not a regular file of the folder. */
    static Optional<String> text(Path root, String relative) throws IOException {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
            return Optional.empty();
        }
        return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", ""));
    }

    /**
     * The top-level keys of a YAML file with their value nodes; empty, with an error recorded, when the file is
     * not YAML or not a mapping.
     */
    static Optional<Map<String, Node>> yamlMapping(String relative, String yaml, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(relative).setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_CODE_POINTS).setUseMarks(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(1);
            problems.error(relative, line, "is not valid YAML: " + e.getProblem() + "; fix it so that its tool reads it");
            return Optional.empty();
        } catch (YamlEngineException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // snakeyaml-engine fails on some malformed input with unchecked exceptions of its own (see FrontMatterParser).
            problems.error(relative, 1, "is not valid YAML (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(Map.of());
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.error(relative, line(root.get()), "must be a YAML mapping of 'key: value' lines");
            return Optional.empty();
        }
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                keys.putIfAbsent(key.getValue(), tuple.getValueNode());
            }
        }
        return Optional.of(keys);
    }

    /** A scalar's text, trimmed; empty for a missing, blank or non-scalar node. */
    static Optional<String> scalar(Node node) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().trim());
        }
        return Optional.empty();
    }

    /** The 1-based line a node starts on. */
    static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }
}
