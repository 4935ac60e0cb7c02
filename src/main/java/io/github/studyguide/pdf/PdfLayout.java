package io.github.studyguide.pdf;

import io.github.studyguide.PageSize;

/**
 * How the PDF's pages look, beyond what the stylesheet fixes.
 *
 * @param pageSize the paper size
 * @param printLinkUrls whether a link to the web prints its URL after its text, for readers of paper copies
 */
public record PdfLayout(PageSize pageSize, boolean printLinkUrls) {
}
