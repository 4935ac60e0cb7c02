package io.github.studyguide.scan;

import java.nio.file.Path;

/**
 * A Markdown file read from the source folder.
 *
 * @param path the file on disk
 * @param relativePath the path relative to the source folder with {@code /} separators, used in every message
 * @param text the whole file, decoded as UTF-8
 */
public record SourceFile(Path path, String relativePath, String text) {
}
