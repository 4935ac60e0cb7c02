package io.github.studyguide.pdf.file;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFileTest {

    @Test
    void readsEveryObjectOfAFilePdfBoxWroteWithoutCompression() throws IOException {
        PdfFile file = PdfFileReader.read(pdfBoxFile("Text (with) \\ parentheses", CompressParameters.NO_COMPRESSION));
        PdfDict catalog = file.catalog();
        assertTrue(catalog.isName("Type", "Catalog"));
        PdfDict pages = file.dict(catalog.get("Pages")).orElseThrow();
        assertEquals(1, pages.intValue("Count", -1));
        PdfDict page = file.dict(pages.array("Kids", file::object).orElseThrow().get(0)).orElseThrow();
        PdfStream content = assertInstanceOf(PdfStream.class, file.resolve(page.get("Contents")));
        String drawn = new String(content.decoded(), StandardCharsets.ISO_8859_1);
        assertTrue(drawn.contains("(Text \\(with\\) \\\\ parentheses) Tj"), drawn);
        PdfDict info = file.dict(file.trailer().get("Info")).orElseThrow();
        assertEquals("(A title \\(in parentheses\\))", info.get("Title").toString());
    }

    @Test
    void refusesAFileWithObjectStreamsInsteadOfMisreadingIt() throws IOException {
        byte[] compressed = pdfBoxFile("x", CompressParameters.DEFAULT_COMPRESSION);
        IOException refused = assertThrows(IOException.class, () -> PdfFileReader.read(compressed));
        assertTrue(refused.getMessage().startsWith("Cannot read the PDF"), refused.getMessage());
    }

    @Test
    void refusesATruncatedFileWithoutHanging() throws IOException {
        byte[] whole = pdfBoxFile("x", CompressParameters.NO_COMPRESSION);
        for (int cut : List.of(20, whole.length / 3, whole.length / 2)) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> PdfFileReader.read(truncated), "cut at " + cut);
        }
        assertThrows(IOException.class, () -> PdfFileReader.read("not a PDF".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void writesAFileOfObjectStreamsThatPdfBoxReadsBack() throws IOException {
        PdfFile part = PdfFileReader.read(pdfBoxFile("Hello (again)", CompressParameters.NO_COMPRESSION));
        // Copies every object of the part, renumbered after two objects of the new file's own.
        PdfFileWriter writer = new PdfFileWriter();
        int info = writer.add(new PdfDict().put("Title", PdfString.text("Grüße, (a) title")));
        writer.add(new PdfDict().put("Unused", PdfToken.of(1.25f)));
        int[] numbers = new int[part.size()];
        for (int i = 1; i < part.size(); i++) {
            if (part.object(i) != null) {
                numbers[i] = writer.reserve();
            }
        }
        Relocation relocation = n -> numbers[n];
        for (int i = 1; i < part.size(); i++) {
            if (part.object(i) != null) {
                writer.put(numbers[i], part.object(i), relocation);
            }
        }
        PdfDict trailer = new PdfDict().put("Root", new Relocated(part.trailer().get("Root"), relocation))
                .put("Info", Relocated.ref(info)).put("ID", List.of(PdfString.hex(new byte[16]), PdfString.hex(new byte[16])));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, "1.7", trailer);
        try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
            assertEquals("Hello (again)", new PDFTextStripper().getText(read).strip());
            assertEquals("Grüße, (a) title", read.getDocumentInformation().getTitle());
            assertEquals(1, read.getNumberOfPages());
            assertEquals("1.7", Float.toString(read.getVersion()));
            assertTrue(read.getPage(0).getResources().getFontNames().iterator().hasNext());
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        writer.write(again, "1.7", trailer);
        assertTrue(Arrays.equals(out.toByteArray(), again.toByteArray()), "the same objects give the same bytes");
    }

    @Test
    void writesRealNumbersWithoutExponents() {
        assertEquals("0.0001", PdfToken.of(0.0001f).text());
        assertEquals("595.275", PdfToken.of(595.275f).text());
        assertEquals("12345678", PdfToken.of(12345678f).text());
        assertEquals("0", PdfToken.of(-0f).text());
        assertEquals("-1.5", PdfToken.of(-1.5f).text());
    }

    private static byte[] pdfBoxFile(String text, CompressParameters compression) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.getDocumentInformation().setTitle("A title (in parentheses)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, compression);
            return out.toByteArray();
        }
    }
}
