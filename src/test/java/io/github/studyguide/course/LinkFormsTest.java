package io.github.studyguide.course;

import io.github.studyguide.refs.ReferenceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkFormsTest {

    @TempDir
    Path root;

    private Path file(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    private ReferenceResolver.Resolution resolve(LinkForms links, Path page, String href) {
        return new ReferenceResolver(root, links).resolve(page, href);
    }

    @Test
    void mdBookPagesStandForTheirMarkdownFiles() throws IOException {
        Path page = file("src/guide/a.md");
        Path readme = file("src/cli/README.md");
        Path other = file("src/guide/b.md");
        assertEquals(new ReferenceResolver.Local(readme, ""), resolve(LinkForms.MDBOOK, page, "../cli/index.html"));
        assertEquals(new ReferenceResolver.Local(other, "x"), resolve(LinkForms.MDBOOK, page, "b.html#x"));
        // Jekyll's rules know no such thing.
        assertEquals(new ReferenceResolver.Local(root.resolve("src/guide/b.html"), ""),
                resolve(LinkForms.FILES, page, "b.html"));
    }

    @Test
    void mkDocsDirectoryUrlsAreRelativeToThePagesUrl() throws IOException {
        Path page = file("docs/user-guide/writing.md");
        Path index = file("docs/index.md");
        Path configuration = file("docs/user-guide/configuration.md");
        Path logo = file("docs/img/logo.png");
        assertEquals(new ReferenceResolver.Local(configuration, "plugins"),
                resolve(LinkForms.MKDOCS, page, "../configuration/#plugins"));
        assertEquals(new ReferenceResolver.Local(logo, ""), resolve(LinkForms.MKDOCS, page, "../../img/logo.png"));
        // An index page is its folder's URL.
        assertEquals(new ReferenceResolver.Local(configuration, ""),
                resolve(LinkForms.MKDOCS, index, "user-guide/configuration/"));
    }

    @Test
    void carpentriesPagesShareOneFolderWithTheEpisodesFigures() throws IOException {
        Path page = file("learners/discuss.md");
        Path figure = file("episodes/fig/stack.svg");
        Path episode = file("episodes/02-numpy.md");
        assertEquals(new ReferenceResolver.Local(figure, ""), resolve(LinkForms.CARPENTRIES, page, "fig/stack.svg"));
        assertEquals(new ReferenceResolver.Local(episode, ""), resolve(LinkForms.CARPENTRIES, page, "02-numpy.html"));
    }
}
