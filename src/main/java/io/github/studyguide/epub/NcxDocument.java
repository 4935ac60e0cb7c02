package io.github.studyguide.epub;

import io.documentnode.epub4j.domain.TOCReference;

import java.util.List;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * The EPUB 2 table of contents (NCX), kept beside the navigation document for EPUB 2 reading systems and for
 * Kindle's converter, which read only this one.
 */
final class NcxDocument {

    static final String HREF = "toc.ncx";
    static final String ID = "ncx";

    private NcxDocument() {
    }

    /** @param identifier the package's unique identifier, which the NCX must repeat */
    static String of(String identifier, String language, String title, List<TOCReference> toc) {
        StringBuilder ncx = new StringBuilder(512 + 192 * toc.size());
        ncx.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"")
                .append(escape(language)).append("\">\n<head>\n<meta name=\"dtb:uid\" content=\"")
                .append(escape(identifier)).append("\"/>\n<meta name=\"dtb:depth\" content=\"").append(depth(toc))
                .append("\"/>\n<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n")
                .append("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n<docTitle><text>")
                .append(escape(title)).append("</text></docTitle>\n<navMap>\n");
        points(toc, ncx, new int[] {0});
        return ncx.append("</navMap>\n</ncx>\n").toString();
    }

    private static void points(List<TOCReference> references, StringBuilder ncx, int[] playOrder) {
        for (TOCReference reference : references) {
            int order = ++playOrder[0];
            ncx.append("<navPoint id=\"navPoint-").append(order).append("\" playOrder=\"").append(order)
                    .append("\">\n<navLabel><text>").append(escape(reference.getTitle()))
                    .append("</text></navLabel>\n<content src=\"").append(escape(reference.getCompleteHref()))
                    .append("\"/>\n");
            points(reference.getChildren(), ncx, playOrder);
            ncx.append("</navPoint>\n");
        }
    }

    private static int depth(List<TOCReference> references) {
        int deepest = 0;
        for (TOCReference reference : references) {
            deepest = Math.max(deepest, 1 + depth(reference.getChildren()));
        }
        return deepest;
    }
}
