package io.github.studyguide.pdf;

import io.github.studyguide.PageSize;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoizingTextRendererTest {

    @Test
    void readsTheFontOfThisOpenhtmltopdfVersionsOutputDevice() {
        assertTrue(MemoizingTextRenderer.remembersDrawing(),
                "PdfBoxFastOutputDevice._font is gone: drawing still works, but measures every word twice");
    }

    @Test
    void repeatedWordsInSeveralFontsAndSizesAreAllDrawn(@TempDir Path lessons) throws Exception {
        String words = "alpha beta alpha beta gamma";
        String html = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                + "html { font-family: 'DejaVu Sans'; } code { font-family: 'DejaVu Sans Mono'; }</style></head><body>"
                + "<p>" + words + "</p><h1>" + words + "</h1><p><b>" + words + "</b> <code>" + words + "</code></p>"
                + "<p>Greek \u03a9\u03bc\u03b5\u03b3\u03b1 and arrows \u2192 \u2190 between " + words + "</p>"
                + "</body></html>";
        RenderedPart part = new PartRenderer(lessons, new PdfLayout(PageSize.A4, false, Optional.empty(), false,
                false, false)).render(html, Pattern.compile("none"));
        try (PDDocument document = Loader.loadPDF(part.pdf())) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(5, text.split("alpha beta alpha beta gamma", -1).length - 1, text);
            assertTrue(text.contains("Greek \u03a9\u03bc\u03b5\u03b3\u03b1 and arrows \u2192 \u2190"), text);
        }
    }
}
