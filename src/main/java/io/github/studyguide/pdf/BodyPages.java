package io.github.studyguide.pdf;

import io.github.studyguide.render.Outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the parts fall in the body of the guide (the pages after the front matter, numbered from 1 as in a book),
 * and the contents that name those pages: known once every part is rendered, before the front matter is.
 */
final class BodyPages {

    private BodyPages() {
    }

    /** The 0-based page of the body (the pages after the front matter) where each section and lesson starts. */
    static Map<String, Integer> startPages(List<RenderedPart> parts, boolean duplex) {
        Map<String, Integer> pages = new HashMap<>();
        List<Integer> starts = partStarts(parts, duplex);
        for (int i = 0; i < parts.size(); i++) {
            int first = starts.get(i);
            parts.get(i).anchors().forEach((id, anchor) -> pages.put(id, first + anchor.page()));
        }
        return pages;
    }

    /**
     * The 0-based body page where each part starts. Printed on both sides, every part starts on a right-hand page,
     * after a blank page when the one before ends on a right-hand page; the body itself starts on one.
     */
    static List<Integer> partStarts(List<RenderedPart> parts, boolean duplex) {
        List<Integer> starts = new ArrayList<>();
        int offset = 0;
        for (RenderedPart part : parts) {
            if (duplex && offset % 2 == 1) {
                offset++;
            }
            starts.add(offset);
            offset += part.pages();
        }
        return starts;
    }

    /** The contents, with the body page number where each entry of the reading order starts. */
    static List<TocLine> contents(List<Outline.Entry> outline, Map<String, Integer> bodyPages) {
        return outline.stream().map(entry -> new TocLine(entry.anchor(), entry.title(), entry.kind().topLevel(),
                entry.kind().insideLesson(), bodyPages.get(entry.anchor()) + 1)).toList();
    }
}
