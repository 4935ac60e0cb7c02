package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.output.AtomicOutput;
import io.github.studyguide.render.Outline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Joins a guide's rendered parts into its file: the front matter, then each part on the page the contents promised
 * it (blank pages between them in a duplex guide), running headers and page numbers, bookmarks section → lesson →
 * what is inside, the links between parts and from the contents lines; then saves it through {@link PdfAssembler}.
 */
final class GuideJoin {

    private final GuideInfo info;
    private final PdfLayout layout;
    private final BuildLog log;

    /** @param log where the time spent merging, linking and saving goes, at debug level */
    GuideJoin(GuideInfo info, PdfLayout layout, BuildLog log) {
        this.info = info;
        this.layout = layout;
        this.log = log;
    }

    /** A part, and its PDF read for joining. */
    record Part(RenderedPart part, PreparedPart prepared) {
    }

    /**
     * Joins the parts into {@code target}, replacing it only once the PDF is complete.
     *
     * @param outline the reading order: what starts running headers and gets a bookmark
     * @param front the front matter (title page and contents)
     * @param loaded the body's parts, in order, prepared by {@link PdfAssembler#prepare}
     * @param links each part's links to other parts: the id of each link's place, and the id it leads to
     * @param contents the contents' lines, each a link from the front matter to its page
     * @param digest the document id
     * @return the number of pages
     */
    int join(List<Outline.Entry> outline, Part front, List<Part> loaded, List<Map<String, String>> links,
            List<TocLine> contents, byte[] digest, Path target) throws IOException {
        List<RenderedPart> parts = loaded.stream().map(Part::part).toList();
        Map<String, Integer> bodyPages = BodyPages.startPages(parts, layout.duplex());
        List<Integer> partStarts = BodyPages.partStarts(parts, layout.duplex());
        long start = System.nanoTime();
        try (PdfAssembler assembler = new PdfAssembler(layout.pdfUA(), layout.fonts())) {
            assembler.append(front.prepared());
            if (layout.duplex() && front.part().pages() % 2 == 1) {
                assembler.appendBlank();
            }
            int frontPages = assembler.pageCount();
            for (int i = 0; i < parts.size(); i++) {
                while (assembler.pageCount() < frontPages + partStarts.get(i)) {
                    assembler.appendBlank();
                }
                assembler.append(loaded.get(i).prepared());
            }
            long joined = System.nanoTime();
            // One walk of the reading order: sections and appendices start running headers and top-level bookmarks,
            // the rest are bookmarked under the section they belong to.
            NavigableMap<Integer, String> sectionStarts = new TreeMap<>();
            outline.stream().filter(entry -> entry.kind().topLevel()).forEach(entry ->
                    sectionStarts.put(frontPages + bodyPages.get(entry.anchor()), entry.title()));
            // The title page and what comes before it (a cover, and in duplex the blank back of the cover) carry no number.
            int unnumbered = layout.coverImage().isEmpty() ? 1 : layout.duplex() ? 3 : 2;
            assembler.stampPages(frontPages, unnumbered, sectionStarts);
            GuideOutline.Bookmark sectionItem = null;
            GuideOutline.Bookmark lessonItem = null;
            for (Outline.Entry entry : outline) {
                int page = frontPages + bodyPages.get(entry.anchor());
                if (entry.kind().topLevel()) {
                    sectionItem = assembler.bookmark(null, entry.title(), page);
                } else if (entry.kind().insideLesson()) {
                    assembler.bookmark(lessonItem, entry.title(), page);
                } else {
                    lessonItem = assembler.bookmark(sectionItem, entry.title(), page);
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                RenderedPart part = parts.get(i);
                for (Map.Entry<String, String> link : links.get(i).entrySet()) {
                    RenderedPart.Anchor area = part.anchors().get(link.getKey());
                    Integer targetPage = bodyPages.get(link.getValue());
                    if (area != null && targetPage != null) {
                        assembler.link(frontPages + partStarts.get(i) + area.page(), area, frontPages + targetPage,
                                info.labels().goToPage(targetPage + 1));
                    }
                }
            }
            for (TocLine line : contents) {
                RenderedPart.Anchor area = front.part().anchors().get(line.lineId());
                if (area != null) {
                    assembler.link(area.page(), area, frontPages + line.page() - 1, info.labels().goTo(line.text()));
                }
            }
            long linked = System.nanoTime();
            AtomicOutput.write(target, out -> assembler.save(info, digest, out));
            log.debug("Joined " + (parts.size() + 1) + " parts into " + assembler.pageCount() + " pages of " + target.getFileName()
                    + " in " + millisSince(start) + " ms: merging " + (joined - start) / 1_000_000 + " ms, numbers, bookmarks"
                    + " and links " + (linked - joined) / 1_000_000 + " ms, saving " + millisSince(linked) + " ms");
            return assembler.pageCount();
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
