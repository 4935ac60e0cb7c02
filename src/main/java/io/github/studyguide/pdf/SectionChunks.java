package io.github.studyguide.pdf;

import io.github.studyguide.render.RenderedSection;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups consecutive sections into chunks of about the same number of lessons. Chunks render in parallel and are
 * cached separately; the grouping depends only on the course, never on the machine's core count, so the guide's
 * bytes do not either.
 */
final class SectionChunks {

    private SectionChunks() {
    }

    static List<List<RenderedSection>> split(List<RenderedSection> sections, int lessonsPerChunk) {
        List<List<RenderedSection>> chunks = new ArrayList<>();
        List<RenderedSection> current = new ArrayList<>();
        int lessons = 0;
        for (RenderedSection section : sections) {
            current.add(section);
            lessons += section.lessons().size() + 1; // the section's opening page counts like a lesson
            if (lessons >= lessonsPerChunk) {
                chunks.add(current);
                current = new ArrayList<>();
                lessons = 0;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** What a chunk holds, for the log: "section 3" or "sections 3-5". */
    static String name(List<RenderedSection> chunk) {
        int first = chunk.get(0).section().number();
        int last = chunk.get(chunk.size() - 1).section().number();
        return first == last ? "section " + first : "sections " + first + "-" + last;
    }
}
