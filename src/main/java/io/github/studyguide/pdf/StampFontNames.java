package io.github.studyguide.pdf;

import io.github.studyguide.pdf.file.PdfDict;
import io.github.studyguide.pdf.file.PdfRef;
import io.github.studyguide.pdf.file.Relocated;
import io.github.studyguide.pdf.file.Relocation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The names a page's font resources give the shared fonts its stamp (running header, page number) draws with: the
 * name the page already has for a font, as PDFBox's {@code PDResources.add} would find it, else a new one, added to
 * a copy of the page's resources that the page then has inline. The part's own resources are never changed: a
 * watch session joins the same part again.
 */
final class StampFontNames {

    private final PdfDict page;
    private final UnaryOperator<Object> resolve;
    private final Relocation relocation;
    private final SharedFonts shared;
    private final PdfDict fontsOfPage;
    private final Map<Integer, String> added = new HashMap<>();

    /**
     * @param page the page's dictionary as the guide will write it
     * @param resolve follows a value of the page through a reference into its part
     * @param relocation how the part's objects are numbered in the guide
     */
    StampFontNames(PdfDict page, UnaryOperator<Object> resolve, Relocation relocation, SharedFonts shared) {
        this.page = page;
        this.resolve = resolve;
        this.relocation = relocation;
        this.shared = shared;
        Object fonts = resolve.apply(page.get("Resources")) instanceof PdfDict resources
                ? resolve.apply(resources.get("Font")) : null;
        this.fontsOfPage = fonts instanceof PdfDict dict ? dict : new PdfDict();
    }

    String nameOf(PDType0Font font) {
        int number = shared.number(font);
        for (Map.Entry<String, Object> entry : fontsOfPage.entries().entrySet()) {
            if (entry.getValue() instanceof PdfRef ref && relocation.number(ref.number()) == number) {
                return entry.getKey();
            }
        }
        return added.computeIfAbsent(number, n -> {
            String name = "SG" + n;
            while (fontsOfPage.has(name)) {
                name = name + "x";
            }
            return name;
        });
    }

    /** Adds the new names to the page, in a copy of its resources. */
    void finish() {
        if (added.isEmpty()) {
            return;
        }
        PdfDict copy = resolve.apply(page.get("Resources")) instanceof PdfDict resources ? resources.copy() : new PdfDict();
        PdfDict fontCopy = fontsOfPage.copy();
        added.forEach((number, name) -> fontCopy.put(name, Relocated.ref(number)));
        copy.put("Font", fontCopy);
        page.put("Resources", copy);
    }
}
