package io.github.studyguide.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.studyguide.GuideInfo;
import io.github.studyguide.PageSize;
import io.github.studyguide.html.RenderedSection;
import io.github.studyguide.output.AtomicOutput;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Writes sections as a PDF with openhtmltopdf. Every date and the document id come from the guide's info and
 * content, never from the clock, so the same input gives the same bytes.
 */
public final class PdfGuideWriter {

    static final String PRODUCER = "studyguide-maven-plugin";

    static {
        RendererLog.install();
        ShippedFontMapper.install();
    }

    private final PdfDocumentComposer composer = new PdfDocumentComposer();
    private final GuideInfo info;
    private final PageSize pageSize;
    private final Path sourceDirectory;

    /**
     * @param info what the title page and metadata say
     * @param pageSize the paper size
     * @param sourceDirectory the lesson folder: relative references resolve from it, and it is the only place the
     *     renderer may read from
     */
    public PdfGuideWriter(GuideInfo info, PageSize pageSize, Path sourceDirectory) {
        this.info = info;
        this.pageSize = pageSize;
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
    }

    /** Writes the sections, in the given order, to {@code target}, replacing it only once the PDF is complete. */
    public void write(List<RenderedSection> sections, Path target) throws IOException {
        String html = composer.compose(info, pageSize, sections);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(html, sourceDirectory.toUri().toString());
        // Replaces openhtmltopdf's default, which allows any URL: a build reads nothing from the network and
        // nothing outside the lesson folder.
        builder.useExternalResourceAccessControl(this::mayRead, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(this::mayRead, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer(PRODUCER);
        GuideFonts.register(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                stampMetadata(document, html);
                AtomicOutput.write(target, document::save);
            }
        }
    }

    private boolean mayRead(String uri, ExternalResourceType type) {
        if (uri == null || !(type == ExternalResourceType.IMAGE_RASTER || type == ExternalResourceType.XML_SVG
                || type == ExternalResourceType.SVG_BINARY)) {
            return false;
        }
        try {
            URI parsed = sourceDirectory.toUri().resolve(uri);
            return "file".equals(parsed.getScheme())
                    && Path.of(parsed).toAbsolutePath().normalize().startsWith(sourceDirectory);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void stampMetadata(PDDocument document, String html) {
        PDDocumentInformation metadata = document.getDocumentInformation();
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(info.date().toEpochMilli());
        metadata.setCreationDate(date);
        metadata.setModificationDate(date);
        metadata.setTitle(info.title());
        info.author().ifPresent(metadata::setAuthor);
        metadata.setProducer(PRODUCER);
        metadata.setCreator(PRODUCER);
        // The trailer id is random by default; a digest of the content keeps it the same for the same guide.
        byte[] id = digest(html);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }
}
