package io.github.studyguide;

/**
 * What a build did anew rather than take from the last build's caches: the watch goal says it after each rebuild.
 *
 * @param lessons the lessons of the course
 * @param lessonsRendered how many of them were parsed and rendered (the others were read back)
 * @param pdfParts the parts the PDF (and its handouts) were joined from; 0 without a PDF
 * @param pdfPartsLaidOut how many of them were laid out (the others were read back)
 */
public record BuildWork(int lessons, int lessonsRendered, int pdfParts, int pdfPartsLaidOut) {

    /** A build that found the guides up to date and did nothing. */
    public static final BuildWork NOTHING = new BuildWork(0, 0, 0, 0);
}
