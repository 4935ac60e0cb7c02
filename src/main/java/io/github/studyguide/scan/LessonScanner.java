package io.github.studyguide.scan;

import io.github.studyguide.diagnostics.Problems;
import io.github.studyguide.internal.FolderFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds the Markdown files selected by the includes and excludes and reads them. Files come back sorted by path so
 * that every later step sees them in the same order on every machine; the reading order of the guide is decided
 * later, from front matter, never from file names.
 */
public final class LessonScanner {

    private final Path root;
    private final List<GlobPattern> includes;
    private final List<GlobPattern> excludes;

    public LessonScanner(Path root, List<String> includes, List<String> excludes) {
        this.root = root.toAbsolutePath().normalize();
        this.includes = includes.stream().map(GlobPattern::compile).toList();
        this.excludes = excludes.stream().map(GlobPattern::compile).toList();
    }

    /**
     * Reads every selected file. A file that is not valid UTF-8 is recorded as a problem, not thrown, so that the
     * author sees all such files at once.
     *
     * @throws NoSuchFileException if the source folder does not exist
     * @throws IOException if the folder or a file cannot be read
     */
    public List<SourceFile> scan(Problems problems) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "the lesson folder does not exist");
        }
        // Walked from its real path: a lesson folder that is itself a link (to lessons kept elsewhere) is walked too.
        Path realRoot = root.toRealPath();
        // Regular files found without following links lie in the folder by construction; only links need their
        // real path checked (resolving every file's real path was a third of the scan).
        SortedMap<String, FolderFiles.Entry> selected = new TreeMap<>(FolderFiles.under(realRoot, null));
        selected.keySet().removeIf(relative -> !isSelected(relative));

        List<SourceFile> files = new ArrayList<>(selected.size());
        for (Map.Entry<String, FolderFiles.Entry> entry : selected.entrySet()) {
            String relative = entry.getKey();
            Path path = root.resolve(relative);
            if (entry.getValue().link() && !isReadableLink(path, relative, realRoot, problems)) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                problems.error(relative, 0, "cannot be read (" + e.getClass().getSimpleName() + ");"
                        + " check that the file is readable by the user running Maven");
                continue;
            }
            decode(relative, bytes, problems).ifPresent(text -> files.add(new SourceFile(path, relative, text)));
        }
        return files;
    }

    /** Whether a link leads to a file in the folder; if not, says so in a warning. */
    private static boolean isReadableLink(Path path, String relative, Path realRoot, Problems problems)
            throws IOException {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            problems.warning(relative, 0, "skipped: it is a link to a file that does not exist;"
                    + " fix the link or delete it");
            return false;
        }
        if (!real.startsWith(realRoot)) {
            problems.warning(relative, 0, "skipped: it is a link to a file outside the lesson folder;"
                    + " copy the file into the folder if it belongs to the guide");
            return false;
        }
        return Files.isRegularFile(path);
    }

    private boolean isSelected(String relative) {
        return includes.stream().anyMatch(g -> g.matches(relative)) && excludes.stream().noneMatch(g -> g.matches(relative));
    }

    private static Optional<String> decode(String relative, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (MalformedInputException e) {
            int offset = firstMalformedOffset(bytes);
            problems.error(relative, lineAt(bytes, offset), "is not valid UTF-8 (bad byte at offset " + offset
                    + "); save the file as UTF-8");
        } catch (CharacterCodingException e) {
            problems.error(relative, 0, "is not valid UTF-8; save the file as UTF-8");
        }
        return Optional.empty();
    }

    /** Decodes byte by byte to find where the first invalid sequence starts; only called on the error path. */
    private static int firstMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
