package io.github.studyguide.pdf;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ShippedFontMapperTest {

    /** PDFBox asks its mapper for the standard fonts; the shipped font answers, so no system font is looked for. */
    @Test
    void answersEveryRequestWithTheShippedFont() throws IOException {
        ShippedFontMapper.install();
        ShippedFontMapper.install();
        FontMapper mapper = FontMappers.instance();
        assertInstanceOf(ShippedFontMapper.class, mapper);
        for (String name : new String[] {"Helvetica", "Times-Roman", "Courier-Bold", "Symbol", "NoSuchFont"}) {
            FontMapping<TrueTypeFont> mapping = mapper.getTrueTypeFont(name, null);
            assertEquals("DejaVuSans", mapping.getFont().getName(), name);
            assertFalse(mapping.isFallback(), name);
            assertEquals("DejaVuSans", mapper.getFontBoxFont(name, null).getFont().getName(), name);
        }
        assertEquals("DejaVuSans", mapper.getCIDFont("MS-Mincho", null, null).getTrueTypeFont().getName());
    }
}
