package io.github.studyguide.incremental;

import io.github.studyguide.output.AtomicOutput;
import io.github.studyguide.pdf.RenderedPart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps rendered parts between builds, keyed by a hash of everything that decides their bytes (their XHTML, the
 * plugin, the lesson folder's other files), so that editing one lesson re-renders only the chunk that holds it.
 * A part read from the cache and a part rendered afresh go through the same assembly, so the guide is the same
 * either way. Entries that the current build did not use are deleted at its end.
 */
public final class PartCache {

    private final Path directory;

    /** @param directory a folder inside the output folder, created on first use */
    public PartCache(Path directory) {
        this.directory = directory;
    }

    /** Whether an entry for {@code key} is kept; {@link #get} may still find it damaged. */
    public boolean contains(String key) {
        return Files.isRegularFile(directory.resolve(key + ".pdf")) && Files.isRegularFile(directory.resolve(key + ".anchors"));
    }

    public Optional<RenderedPart> get(String key) throws IOException {
        Path pdf = directory.resolve(key + ".pdf");
        Path anchors = directory.resolve(key + ".anchors");
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(anchors)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(anchors, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("pages ")) {
            return Optional.empty();
        }
        Map<String, RenderedPart.Anchor> found = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(" ");
            if (fields.length != 6) {
                return Optional.empty(); // damaged: render again
            }
            found.put(fields[0], new RenderedPart.Anchor(Integer.parseInt(fields[1]), Float.parseFloat(fields[2]),
                    Float.parseFloat(fields[3]), Float.parseFloat(fields[4]), Float.parseFloat(fields[5])));
        }
        int pages = Integer.parseInt(lines.get(0).substring("pages ".length()));
        return Optional.of(new RenderedPart(Files.readAllBytes(pdf), pages, found));
    }

    public void put(String key, RenderedPart part) throws IOException {
        StringBuilder text = new StringBuilder("pages ").append(part.pages()).append('\n');
        new TreeMap<>(part.anchors()).forEach((id, a) -> text.append(id).append(' ').append(a.page()).append(' ')
                .append(a.x()).append(' ').append(a.y()).append(' ').append(a.width()).append(' ').append(a.height())
                .append('\n'));
        AtomicOutput.write(directory.resolve(key + ".pdf"), out -> out.write(part.pdf()));
        AtomicOutput.write(directory.resolve(key + ".anchors"),
                out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Deletes every entry but those of {@code keys}. */
    public void retainOnly(Set<String> keys) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot < 0 || !keys.contains(name.substring(0, dot))) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }
}
