package io.github.studyguide.pdf;

import io.github.studyguide.GuideInfo;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;

/**
 * Makes the XMP metadata of a PDF/UA or PDF/A guide say what its document information says. The renderer writes
 * XMP (with the conformance claims and their extension schemas) into every part, dated when the part rendered; the
 * joined guide keeps the first part's, so its title and dates are set here from the guide, which also keeps the
 * bytes reproducible. A guide without XMP is left alone.
 */
public final class GuideMetadata {

    private GuideMetadata() {
    }

    /** The XMP metadata {@code part} (a part's, as the renderer wrote it) made to say what the guide says. */
    static byte[] updated(byte[] part, GuideInfo info) throws IOException {
        XMPMetadata xmp = read(new java.io.ByteArrayInputStream(part));
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(info.date().toEpochMilli());

        DublinCoreSchema dublinCore = xmp.getDublinCoreSchema() == null ? xmp.createAndAddDublinCoreSchema()
                : xmp.getDublinCoreSchema();
        dublinCore.setTitle(info.title());
        if (dublinCore.getCreators() != null) {
            dublinCore.getCreators().forEach(dublinCore::removeCreator);
        }
        info.author().ifPresent(dublinCore::addCreator);
        XMPBasicSchema basic = xmp.getXMPBasicSchema() == null ? xmp.createAndAddXMPBasicSchema() : xmp.getXMPBasicSchema();
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);
        basic.setCreatorTool(PartRenderer.PRODUCER);
        AdobePDFSchema pdf = xmp.getAdobePDFSchema() == null ? xmp.createAndAddAdobePDFSchema() : xmp.getAdobePDFSchema();
        pdf.setProducer(PartRenderer.PRODUCER);

        return bytes(xmp);
    }

    /** The XMP metadata of a guide written by the renderer, read leniently as PDFBox's validators do. */
    public static XMPMetadata read(PDMetadata metadata) throws IOException {
        try (InputStream in = metadata.exportXMPMetadata()) {
            return read(in);
        }
    }

    private static XMPMetadata read(InputStream in) throws IOException {
        try {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            return parser.parse(in);
        } catch (XmpParsingException e) {
            throw new IOException("The guide's XMP metadata cannot be read", e);
        }
    }

    /** XMP metadata as the bytes of a metadata stream. */
    public static byte[] bytes(XMPMetadata xmp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write the guide's XMP metadata", e);
        }
        return bytes.toByteArray();
    }
}
