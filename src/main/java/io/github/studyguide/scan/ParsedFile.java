package io.github.studyguide.scan;

/**
 * A source file split into its front matter and Markdown body.
 *
 * @param source the file as read
 * @param frontMatter its front matter
 * @param body the Markdown after the front matter
 */
public record ParsedFile(SourceFile source, FrontMatter frontMatter, String body) {

    public String relativePath() {
        return source.relativePath();
    }
}
