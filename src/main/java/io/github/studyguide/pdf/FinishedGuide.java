package io.github.studyguide.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What else to make of the guide once it is written, while its document is still open: reading the saved guide
 * back would parse every object again, and PDFBox parses a large tagged guide's objects in time that grows with
 * the square of their number (36,000 objects, 194 pages: 7 seconds).
 */
@FunctionalInterface
public interface FinishedGuide {

    /**
     * @param guide the guide as saved; read it, do not change it
     * @param written the file it was saved to
     */
    void accept(PDDocument guide, Path written) throws IOException;

    /** Nothing more. */
    FinishedGuide NOTHING = (guide, written) -> { };
}
