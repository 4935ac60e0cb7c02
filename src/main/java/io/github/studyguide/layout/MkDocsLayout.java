package io.github.studyguide.layout;

import io.github.studyguide.course.HeadingSlugs;
import io.github.studyguide.course.LinkForms;
import io.github.studyguide.diagnostics.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs: {@code mkdocs.yml}'s {@code nav:} in {@code docs_dir} ({@code docs} by default). Each top-level entry is a
 * section: a page on its own, or a titled list of pages (nested lists are read in order), or a folder
 * ({@code User Guide: user-guide/}), whose front page ({@code index.md} or {@code README.md}) comes first, then the
 * pages it links to in the order it links them (as the literate-nav plugin reads it), then the rest in natural
 * order. Without {@code nav:}, the pages at the top of {@code docs_dir} and then each folder, as MkDocs orders them.
 * Web links in the nav are left out. A page without a nav title is titled by its first heading.
 */
final class MkDocsLayout implements CourseLayout {

    private static final List<String> CONFIGS = List.of("mkdocs.yml", "mkdocs.yaml");
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>#?]+\\.md)(?:[#?][^)\\s]*)?>?");

    @Override
    public Optional<CoursePlan> plan(Path root, CourseFiles files, Problems problems) throws IOException {
        for (String config : CONFIGS) {
            Optional<String> text = LayoutFile.text(root, config);
            if (text.isPresent()) {
                Optional<Map<String, Node>> keys = LayoutFile.yamlMapping(config, text.get(), problems);
                if (keys.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(plan(root, config, keys.get(), files, problems));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> title(Path root) throws IOException {
        return keys(root).flatMap(keys -> Optional.ofNullable(keys.get("site_name")).flatMap(LayoutFile::scalar));
    }

    /** {@code theme: language: de}, as Material for MkDocs and MkDocs' own themes read it. */
    @Override
    public Optional<String> language(Path root) throws IOException {
        return keys(root).flatMap(keys -> Optional.ofNullable(keys.get("theme")))
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .flatMap(theme -> theme.getValue().stream()
                        .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("language"))
                        .findFirst().flatMap(tuple -> LayoutFile.scalar(tuple.getValueNode())));
    }

    /** The top-level keys of the first configuration file there is; empty without one, or when it is no mapping. */
    private static Optional<Map<String, Node>> keys(Path root) throws IOException {
        for (String config : CONFIGS) {
            Optional<String> text = LayoutFile.text(root, config);
            if (text.isPresent()) {
                return LayoutFile.yamlMapping(config, text.get(), new Problems());
            }
        }
        return Optional.empty();
    }

    private CoursePlan plan(Path root, String config, Map<String, Node> keys, CourseFiles files, Problems problems)
            throws IOException {
        String docsDir = Optional.ofNullable(keys.get("docs_dir")).flatMap(LayoutFile::scalar).orElse("docs");
        String docs = LayoutLinks.resolve("", docsDir + "/x").map(p -> p.substring(0, p.length() - 1)).orElse("");
        Reader reader = new Reader(root, config, docs, files, problems);
        Node nav = keys.get("nav");
        if (nav instanceof SequenceNode sequence) {
            for (Node entry : sequence.getValue()) {
                reader.topLevel(entry);
            }
        } else {
            reader.defaultNav();
        }
        TreeMap<String, String> leftOut = new TreeMap<>();
        for (String path : files.all()) {
            if (!path.startsWith(docs)) {
                leftOut.put(path, "outside docs_dir " + docsDir);
            }
        }
        return new CoursePlan("MkDocs " + config + (nav instanceof SequenceNode ? " nav" : " (no nav: docs_dir's pages)"),
                Optional.ofNullable(keys.get("site_name")).flatMap(LayoutFile::scalar), reader.sections, leftOut,
                HeadingSlugs.PYTHON_MARKDOWN, LinkForms.MKDOCS);
    }

    /** Reads one nav into sections; one instance per plan. */
    private static final class Reader {
        final Path root;
        final String config;
        final String docs;
        final CourseFiles files;
        final Problems problems;
        final List<PlannedSection> sections = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();

        Reader(Path root, String config, String docs, CourseFiles files, Problems problems) {
            this.root = root;
            this.config = config;
            this.docs = docs;
            this.files = files;
            this.problems = problems;
        }

        void topLevel(Node entry) throws IOException {
            Optional<String> title = Optional.empty();
            Node value = entry;
            if (entry instanceof MappingNode mapping && mapping.getValue().size() == 1) {
                NodeTuple tuple = mapping.getValue().get(0);
                title = LayoutFile.scalar(tuple.getKeyNode());
                value = tuple.getValueNode();
            }
            List<PlannedLesson> lessons = new ArrayList<>();
            collect(title, value, lessons);
            if (!lessons.isEmpty()) {
                String sectionTitle = title.or(() -> lessons.get(0).title()).orElseGet(() ->
                        NumberedName.titleOf(slugOf(lessons.get(0).path())).orElse("Section " + (sections.size() + 1)));
                sections.add(new PlannedSection(sections.size() + 1, sectionTitle, lessons));
            }
        }

        void defaultNav() throws IOException {
            List<String> top = new ArrayList<>();
            Set<String> folders = new LinkedHashSet<>();
            for (String path : files.all()) {
                if (path.startsWith(docs)) {
                    String rest = path.substring(docs.length());
                    if (rest.contains("/")) {
                        folders.add(rest.substring(0, rest.indexOf('/') + 1));
                    } else {
                        top.add(rest);
                    }
                }
            }
            top.sort(Reader::frontPageFirst);
            for (String page : top) {
                topLevel(new ScalarNode(org.snakeyaml.engine.v2.nodes.Tag.STR, page,
                        org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN));
            }
            for (String folder : folders.stream().sorted(NumberedName.NATURAL).toList()) {
                topLevel(new ScalarNode(org.snakeyaml.engine.v2.nodes.Tag.STR, folder,
                        org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN));
            }
        }

        private void collect(Optional<String> title, Node value, List<PlannedLesson> lessons) throws IOException {
            if (value instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof MappingNode mapping && mapping.getValue().size() == 1) {
                        NodeTuple tuple = mapping.getValue().get(0);
                        collect(LayoutFile.scalar(tuple.getKeyNode()), tuple.getValueNode(), lessons);
                    } else {
                        collect(Optional.empty(), item, lessons);
                    }
                }
                return;
            }
            Optional<String> target = LayoutFile.scalar(value);
            if (target.isEmpty()) {
                problems.warning(config, LayoutFile.line(value), "nav: an entry without a page; write 'Title: page.md'");
                return;
            }
            if (LayoutLinks.isRemote(target.get())) {
                return; // a link to a web page in the site's menu, not a page of the guide
            }
            Optional<String> path = LayoutLinks.resolve(docs, target.get());
            if (path.isPresent() && target.get().endsWith("/") || path.isPresent() && !path.get().endsWith(".md")
                    && files.all().stream().anyMatch(p -> p.startsWith(path.get() + "/"))) {
                folder(path.get() + "/", lessons);
            } else if (path.isPresent() && files.contains(path.get())) {
                add(path.get(), title, lessons);
            } else {
                problems.warning(config, LayoutFile.line(value), "nav: " + target.get() + " is not a Markdown file of"
                        + " docs_dir (or is excluded); the guide leaves it out. Fix the path, which is relative to"
                        + " docs_dir");
            }
        }

        /** A folder's pages: its front page, the pages it links to in that order, then the rest naturally. */
        private void folder(String folder, List<PlannedLesson> lessons) throws IOException {
            List<String> pages = files.all().stream().filter(p -> p.startsWith(folder)).sorted(Reader::naturalPath)
                    .toList();
            Optional<String> front = pages.stream().filter(p -> p.substring(folder.length()).matches("(?i)(index|readme)\\.md"))
                    .findFirst();
            List<String> ordered = new ArrayList<>();
            if (front.isPresent()) {
                ordered.add(front.get());
                Matcher link = MD_LINK.matcher(LayoutFile.text(root, front.get()).orElse(""));
                while (link.find()) {
                    LayoutLinks.resolve(folder, link.group(1)).filter(pages::contains).filter(p -> !ordered.contains(p))
                            .ifPresent(ordered::add);
                }
            }
            pages.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
            for (String page : ordered) {
                add(page, Optional.empty(), lessons);
            }
        }

        private void add(String path, Optional<String> title, List<PlannedLesson> lessons) {
            if (seen.add(path)) {
                lessons.add(new PlannedLesson(path, lessons.size() + 1, 0, title));
            }
        }

        private static int frontPageFirst(String a, String b) {
            boolean x = a.matches("(?i)(index|readme)\\.md");
            boolean y = b.matches("(?i)(index|readme)\\.md");
            return x != y ? (x ? -1 : 1) : NumberedName.NATURAL.compare(a, b);
        }

        private static int naturalPath(String a, String b) {
            String[] x = a.split("/");
            String[] y = b.split("/");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                if (!x[i].equals(y[i])) {
                    boolean xFile = i == x.length - 1;
                    boolean yFile = i == y.length - 1;
                    if (xFile != yFile) {
                        return xFile ? -1 : 1; // a folder's pages before its sub-folders', as MkDocs lists them
                    }
                    return xFile ? frontPageFirst(x[i], y[i]) : NumberedName.NATURAL.compare(x[i], y[i]);
                }
            }
            return Integer.compare(x.length, y.length);
        }

        private static String slugOf(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.md$", "");
            return name;
        }
    }
}
