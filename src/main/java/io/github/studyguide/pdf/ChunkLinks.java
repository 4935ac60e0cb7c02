package io.github.studyguide.pdf;

import io.github.studyguide.xhtml.XmlText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links from one chunk to an id in another. openhtmltopdf resolves {@code href="#id"} only within the document it
 * renders, and points a link whose target is elsewhere at the wrong page, so such a link loses its {@code href}
 * and gets an id of its own ({@code xref.2.5}) instead; once every chunk has rendered, the guide links that place to
 * the page where its target landed. A link to an id that no chunk has (a handout linking to another section) stays
 * text.
 */
final class ChunkLinks {

    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*?) href=\"#([^\"]+)\"([^>]*)>");

    private final List<String> documents = new ArrayList<>();
    private final List<Map<String, String>> crossLinks = new ArrayList<>();
    private final List<Set<String>> targetsByChunk = new ArrayList<>();

    /**
     * @param chunks the XHTML documents of the chunks, in guide order
     */
    ChunkLinks(List<String> chunks) {
        List<Set<String>> ids = chunks.stream().map(XmlText::ids).toList();
        Set<String> allTargets = new HashSet<>();
        for (int i = 0; i < chunks.size(); i++) {
            Set<String> own = ids.get(i);
            Map<String, String> links = new LinkedHashMap<>();
            int chunk = i;
            String rewritten = XmlText.replaceAll(chunks.get(i), "<a", LINK, match -> {
                String target = match.group(2);
                if (own.contains(target) || (match.group(1) + match.group(3)).contains(" id=")) {
                    return match.group();
                }
                String id = "xref." + chunk + "." + (links.size() + 1);
                links.put(id, target);
                return "<a" + match.group(1) + " id=\"" + id + "\"" + match.group(3) + ">";
            });
            documents.add(rewritten);
            crossLinks.add(links);
            allTargets.addAll(links.values());
        }
        for (Set<String> own : ids) {
            Set<String> targets = new HashSet<>(own);
            targets.retainAll(allTargets);
            targetsByChunk.add(targets);
        }
    }

    /** The chunk's document, with its links to other chunks turned into places to link from. */
    String document(int chunk) {
        return documents.get(chunk);
    }

    /**
     * The ids whose place the chunk must report, besides its sections and lessons: its links to other chunks and
     * the targets other chunks link to. Sorted, so that the pattern (part of the cache key) is stable.
     */
    Pattern anchors(int chunk, Pattern sectionsAndLessons) {
        StringBuilder pattern = new StringBuilder(sectionsAndLessons.pattern());
        crossLinks.get(chunk).keySet().stream().sorted().forEach(id -> pattern.append("|^").append(Pattern.quote(id)).append('$'));
        targetsByChunk.get(chunk).stream().sorted().forEach(id -> pattern.append("|^").append(Pattern.quote(id)).append('$'));
        return Pattern.compile(pattern.toString());
    }

    /** The chunk's links to other chunks: the id of each link's place, and the id it leads to. */
    Map<String, String> crossLinks(int chunk) {
        return crossLinks.get(chunk);
    }
}
