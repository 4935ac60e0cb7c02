package io.github.studyguide.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmptyArtifactsTest {

    private static EmptyArtifacts.Removal remove(String content) {
        return EmptyArtifacts.removeFrom(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String text(EmptyArtifacts.Removal removal) {
        return new String(removal.content(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void dropsArtifactsThatPaintNothingAndKeepsThoseThatPaint() {
        EmptyArtifacts.Removal removal = remove("""
                q
                /Artifact /Prop1 BDC
                EMC
                /Artifact /Prop2 BDC
                1 0 0 rg 0 0 10 10 re f
                EMC
                /Artifact /Prop3 BDC EMC
                /Span <</MCID 0>> BDC
                BT /F1 12 Tf (Hello) Tj ET
                EMC
                Q
                """);
        assertEquals("""
                q
                /Artifact /Prop2 BDC
                1 0 0 rg 0 0 10 10 re f
                EMC
                /Span <</MCID 0>> BDC
                BT /F1 12 Tf (Hello) Tj ET
                EMC
                Q
                """, text(removal));
        assertEquals(Set.of("Prop1", "Prop3"), removal.dropped());
        assertEquals(Set.of("Prop2"), removal.kept());
    }

    @Test
    void leavesWhatLooksLikeAnArtifactInsideStringsAndComments() {
        String content = """
                BT (/Artifact /P1 BDC EMC) Tj <2F41> Tj ET
                % /Artifact /P2 BDC EMC
                (a \\) /Artifact /P3 BDC EMC) Tj
                """;
        EmptyArtifacts.Removal removal = remove(content);
        assertEquals(content, text(removal));
        assertEquals(Set.of(), removal.dropped());
    }

    @Test
    void keepsTokensApartWhenAnArtifactSatBetweenThemWithoutSpace() {
        assertEquals("0 0 m\n1 1 l S", text(remove("0 0 m\n/Artifact/P1 BDC EMC\n1 1 l S")));
        assertEquals("W n\n0 0 m", text(remove("W n/Artifact /P1 BDC EMC\n0 0 m")));
    }

    @Test
    void aNameAlsoUsedByAnArtifactThatPaintsIsKept() {
        EmptyArtifacts.Removal removal = remove("/Artifact /P1 BDC EMC /Artifact /P1 BDC 0 0 1 1 re f EMC");
        assertEquals(Set.of("P1"), removal.dropped());
        assertEquals(Set.of("P1"), removal.kept());
    }

    @Test
    void contentWithAnInlineImageIsLeftAlone() {
        assertNull(remove("/Artifact /P1 BDC EMC BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ff EI"));
    }

    @Test
    void pagesThatShareTheirPropertyListsAreLeftAlone() throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSDictionary shared = new COSDictionary();
            COSDictionary background = new COSDictionary();
            background.setItem(COSName.TYPE, COSName.getPDFName("Background"));
            shared.setItem(COSName.getPDFName("P1"), background);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                page.getResources().getCOSObject().setItem(COSName.PROPERTIES, shared);
                org.apache.pdfbox.cos.COSStream content = document.getDocument().createCOSStream();
                try (var out = content.createOutputStream()) {
                    out.write("/Artifact /P1 BDC EMC\n".getBytes(StandardCharsets.US_ASCII));
                }
                page.getCOSObject().setItem(COSName.CONTENTS, content);
                document.addPage(page);
            }
            EmptyArtifacts.remove(document);
            assertTrue(shared.containsKey(COSName.getPDFName("P1")), "the other page still names it");
            for (PDPage page : document.getPages()) {
                try (InputStream in = page.getContents()) {
                    assertEquals("/Artifact /P1 BDC EMC\n", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                }
            }
        }
    }

    @Test
    void aPageLosesItsEmptyArtifactsAndTheirPropertyListsButNotItsText() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < 3; i++) {
                    PDPropertyList background = PDPropertyList.create(new COSDictionary());
                    background.getCOSObject().setItem(COSName.TYPE, COSName.getPDFName("Background"));
                    content.beginMarkedContent(COSName.ARTIFACT, background);
                    if (i == 1) {
                        content.addRect(0, 0, 10, 10);
                        content.fill();
                    }
                    content.endMarkedContent();
                }
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Still here");
                content.endText();
            }
            EmptyArtifacts.remove(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            String content;
            try (InputStream in = page.getContents()) {
                content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            assertEquals(1, properties.size(), "the painting artifact's property list alone: " + properties.keySet());
            String kept = properties.keySet().iterator().next().getName();
            assertTrue(content.contains("/Artifact /" + kept + " BDC"), content);
            assertEquals(1, content.split("/Artifact", -1).length - 1, content);
            assertTrue(new PDFTextStripper().getText(document).contains("Still here"));
        }
    }
}
