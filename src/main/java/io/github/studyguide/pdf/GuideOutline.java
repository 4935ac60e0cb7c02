package io.github.studyguide.pdf;

import io.github.studyguide.pdf.file.PdfDict;
import io.github.studyguide.pdf.file.PdfFileWriter;
import io.github.studyguide.pdf.file.PdfName;
import io.github.studyguide.pdf.file.PdfString;
import io.github.studyguide.pdf.file.PdfToken;
import io.github.studyguide.pdf.file.Relocated;

import java.util.ArrayList;
import java.util.List;

/**
 * The guide's bookmarks (section → lesson → what is inside), collected while the guide is joined and written once
 * it is complete: each item closed, its {@code Count} the number of its children negated, as PDFBox writes them.
 */
final class GuideOutline {

    /** A bookmark: its title, and the top of the page it leads to. */
    static final class Bookmark {
        private final String title;
        private final int page;
        private final float top;
        private final List<Bookmark> kids = new ArrayList<>();

        private Bookmark(String title, int page, float top) {
            this.title = title;
            this.page = page;
            this.top = top;
        }
    }

    private final List<Bookmark> top = new ArrayList<>();

    /**
     * Adds a bookmark to the top of a page, under {@code parent} (null: at the top level).
     *
     * @param page the page's object number
     * @param pageTop the page's top, in points
     */
    Bookmark add(Bookmark parent, String title, int page, float pageTop) {
        Bookmark item = new Bookmark(title, page, pageTop);
        (parent == null ? top : parent.kids).add(item);
        return item;
    }

    boolean isEmpty() {
        return top.isEmpty();
    }

    /** Writes the outline into {@code file}; returns the number of its root. */
    int write(PdfFileWriter file) {
        int outline = file.reserve();
        List<Integer> items = write(file, top, outline);
        file.put(outline, new PdfDict().putName("Type", "Outlines").put("First", Relocated.ref(items.get(0)))
                .put("Last", Relocated.ref(items.get(items.size() - 1))).put("Count", PdfToken.of(items.size())));
        return outline;
    }

    private static List<Integer> write(PdfFileWriter file, List<Bookmark> items, int parent) {
        List<Integer> numbers = items.stream().map(item -> file.reserve()).toList();
        for (int i = 0; i < items.size(); i++) {
            Bookmark item = items.get(i);
            PdfDict dict = new PdfDict().put("Title", PdfString.text(item.title)).put("Parent", Relocated.ref(parent));
            if (i > 0) {
                dict.put("Prev", Relocated.ref(numbers.get(i - 1)));
            }
            if (i + 1 < items.size()) {
                dict.put("Next", Relocated.ref(numbers.get(i + 1)));
            }
            if (!item.kids.isEmpty()) {
                List<Integer> kids = write(file, item.kids, numbers.get(i));
                dict.put("First", Relocated.ref(kids.get(0))).put("Last", Relocated.ref(kids.get(kids.size() - 1)))
                        .put("Count", PdfToken.of(-kids.size()));
            }
            dict.put("Dest", List.of(Relocated.ref(item.page), PdfName.of("FitH"), PdfToken.of((int) item.top)));
            file.put(numbers.get(i), dict);
        }
        return numbers;
    }
}
