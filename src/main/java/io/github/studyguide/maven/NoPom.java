package io.github.studyguide.maven;

import org.apache.maven.project.MavenProject;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * What a goal run outside a Maven project uses instead of the pom's settings: Maven then hands the goal a stand-in
 * project ({@code org.apache.maven:standalone-pom:1}) whose names mean nothing to the guide. The lessons are the
 * current folder's (unless {@code studyguide.sourceDirectory} names another), and the guides are named after it.
 *
 * @param active whether the goal runs without a pom
 * @param sourceDirectory where the lessons are
 * @param outputDirectory where the guides go: {@code ./target/studyguide} without a pom
 * @param finalName the guides' file name
 * @param identifier the guides' identifier, the same for the same folder name on every machine
 */
record NoPom(boolean active, Path sourceDirectory, Path outputDirectory, String finalName, String identifier) {

    /**
     * @param folder the folder Maven runs in
     * @param outputDirectory the configured output folder, which without a pom Maven leaves unresolved
     */
    static NoPom of(MavenProject project, Path folder, Path sourceDirectory, Path outputDirectory, String finalName) {
        if (project.getFile() != null) {
            return new NoPom(false, sourceDirectory, outputDirectory, finalName, "");
        }
        // The default source folder, src/main/lessons, is a pom project's convention; a folder of lessons without a
        // pom is the lessons' own folder. Without a pom, ${project.basedir} is empty and the default reads as a
        // relative path.
        Path lessons = sourceDirectory.endsWith(Path.of("src", "main", "lessons"))
                && !Files.isDirectory(folder.resolve(sourceDirectory)) ? folder : folder.resolve(sourceDirectory).normalize();
        Path output = outputDirectory.isAbsolute() && !outputDirectory.toString().contains("${")
                ? outputDirectory : folder.resolve("target").resolve("studyguide");
        String name = fileName(lessons);
        String identifier = "urn:uuid:" + UUID.nameUUIDFromBytes(("studyguide:folder:" + name)
                .getBytes(StandardCharsets.UTF_8));
        return new NoPom(true, lessons, output, name, identifier);
    }

    /** The folder's name as a title would read it, for a course without other title. */
    static String folderName(Path folder) {
        return fileName(folder.toAbsolutePath().normalize());
    }

    private static String fileName(Path folder) {
        Path name = folder.getFileName();
        String text = name == null ? "study-guide" : name.toString();
        // A plain file name: GuideConfig refuses a finalName with folders or a leading dot.
        text = text.replaceAll("[/\\\\]", "-").replaceFirst("^\\.+", "");
        return text.isBlank() ? "study-guide" : text;
    }
}
