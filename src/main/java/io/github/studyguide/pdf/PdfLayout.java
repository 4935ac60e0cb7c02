package io.github.studyguide.pdf;

import io.github.studyguide.PageBreaks;
import io.github.studyguide.PageSize;
import io.github.studyguide.internal.ConfiguredFonts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the PDF's pages look, beyond what the stylesheet fixes.
 *
 * @param pageSize the paper size
 * @param printLinkUrls whether a link to the web prints its URL after its text, for readers of paper copies
 * @param coverImage an image that fills the first page, before the title page
 * @param duplex whether the pages are printed on both sides: inner and outer margins mirror, and the title page,
 *     the contents, each section and each appendix start on a right-hand (odd) page
 * @param pdfUA whether the PDF is tagged for assistive technology, conforming to PDF/UA-1
 * @param pdfA whether the PDF is made for archiving, conforming to PDF/A-2u
 * @param pageBreaks whether the author's page breaks start new pages
 * @param fonts the author's fonts, tried before the shipped ones
 */
public record PdfLayout(PageSize pageSize, boolean printLinkUrls, Optional<Path> coverImage, boolean duplex,
        boolean pdfUA, boolean pdfA, PageBreaks pageBreaks, ConfiguredFonts fonts) {

    public PdfLayout(PageSize pageSize, boolean printLinkUrls) {
        this(pageSize, printLinkUrls, Optional.empty(), false, false, false);
    }

    /** As the canonical constructor, honouring every page break, in the shipped fonts alone. */
    public PdfLayout(PageSize pageSize, boolean printLinkUrls, Optional<Path> coverImage, boolean duplex,
            boolean pdfUA, boolean pdfA) {
        this(pageSize, printLinkUrls, coverImage, duplex, pdfUA, pdfA, PageBreaks.SLIDES, ConfiguredFonts.NONE);
    }
}
