package io.github.studyguide.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How a course's own tool lets one page link to another, besides a relative path to the {@code .md} file, which all
 * of them accept: mdBook's links to the page it writes ({@code ../cli/index.html} for {@code cli/README.md}) and
 * MkDocs' directory URLs ({@code ../configuration/#plugins} for {@code configuration.md}, relative to the page's URL
 * {@code user-guide/writing-your-docs/}, not to its file). Thread-safe.
 */
public enum LinkForms {

    /** Relative paths to the files, as Jekyll and The Carpentries link. */
    FILES {
        @Override
        public List<Path> alternatives(Path lessonFile, String decoded, Path resolved) {
            return List.of();
        }
    },

    /**
     * The Carpentries Workbench: it builds every page of {@code episodes/}, {@code learners/}, {@code instructors/}
     * and {@code profiles/} into one folder, with the episodes' {@code fig/}, {@code data/} and {@code files/}
     * beside them; so a learners' page shows {@code fig/tree.svg} from {@code episodes/fig/}, and
     * {@code 02-numpy.html} is the page of {@code episodes/02-numpy.md}.
     */
    CARPENTRIES {
        @Override
        public List<Path> alternatives(Path lessonFile, String decoded, Path resolved) {
            Path folder = lessonFile.toAbsolutePath().normalize().getParent();
            if (decoded.startsWith("/") || folder == null || folder.getParent() == null
                    || !WORKBENCH_FOLDERS.contains(String.valueOf(folder.getFileName()))) {
                return List.of();
            }
            String target = decoded.toLowerCase(Locale.ROOT).endsWith(".html")
                    ? decoded.substring(0, decoded.length() - ".html".length()) + ".md" : decoded;
            return WORKBENCH_FOLDERS.stream().map(name -> folder.getParent().resolve(name).resolve(target)).toList();
        }
    },

    /** mdBook: a link to the {@code .html} page it writes stands for the {@code .md} file. */
    MDBOOK {
        @Override
        public List<Path> alternatives(Path lessonFile, String decoded, Path resolved) {
            String name = resolved.getFileName() == null ? "" : resolved.getFileName().toString();
            if (!name.toLowerCase(Locale.ROOT).endsWith(".html")) {
                return List.of();
            }
            String base = name.substring(0, name.length() - ".html".length());
            return base.equals("index")
                    ? List.of(resolved.resolveSibling("README.md"), resolved.resolveSibling("index.md"))
                    : List.of(resolved.resolveSibling(base + ".md"));
        }
    },

    /**
     * MkDocs with its default {@code use_directory_urls}: a page {@code a/b.md} is served at {@code a/b/}, so a link
     * that names a folder ({@code ../configuration/}) is relative to that URL and means {@code configuration.md},
     * or the folder's {@code index.md} or {@code README.md}.
     */
    MKDOCS {
        @Override
        public List<Path> alternatives(Path lessonFile, String decoded, Path resolved) {
            if (decoded.toLowerCase(Locale.ROOT).endsWith(".md")) {
                return List.of();
            }
            String name = lessonFile.getFileName().toString().replaceFirst("(?i)\\.md$", "");
            Path folder = lessonFile.toAbsolutePath().normalize().getParent();
            // The page's URL: index.md and README.md are their folder's; any other page is a folder of its own.
            Path pageUrl = name.equalsIgnoreCase("index") || name.equalsIgnoreCase("readme")
                    ? folder : folder.resolve(name);
            Path target = decoded.startsWith("/") ? resolved : pageUrl.resolve(decoded).normalize();
            return List.of(target.resolveSibling(target.getFileName() + ".md"), target.resolve("index.md"),
                    target.resolve("README.md"), target);
        }
    };

    private static final List<String> WORKBENCH_FOLDERS = List.of("episodes", "learners", "instructors", "profiles");

    /**
     * The files a link may mean besides the one it names, in the order the tool tries them.
     *
     * @param lessonFile the page the link is in
     * @param decoded the link's path, decoded, without fragment
     * @param resolved the path as the file system resolves it against the page's folder
     */
    public abstract List<Path> alternatives(Path lessonFile, String decoded, Path resolved);
}
