package io.github.studyguide.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.math.FormulaImages;
import io.github.studyguide.refs.ReferenceResolver;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Renders one XHTML document to a finished PDF with openhtmltopdf. Each call has its own builder and renderer, so
 * parts render safely on several threads at once.
 */
final class PartRenderer {

    static final String PRODUCER = "studyguide-maven-plugin";

    /** The output intent of a PDF/A guide: colours are sRGB, as the stylesheet writes them. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        RendererLog.install();
        ShippedFontMapper.install();
    }

    private final Path sourceDirectory;
    private final URI base;
    private final Optional<Path> coverImage;
    private final boolean pdfUA;
    private final boolean pdfA;
    private final ConfiguredFonts fonts;
    /** Parsed fonts no part is using: a part takes one set, or parses a new one, and gives it back when done. */
    private final Queue<GuideFonts.Parsed> idleFonts = new ConcurrentLinkedQueue<>();

    /**
     * @param sourceDirectory the lesson folder: relative references resolve from it, and it is the only place the
     *     renderer may read from, but for the cover
     * @param layout the cover image (the one file outside the lesson folder the renderer may read, as the user
     *     configured it) and the standards the parts conform to
     */
    PartRenderer(Path sourceDirectory, PdfLayout layout) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.base = ReferenceResolver.baseOf(sourceDirectory);
        this.coverImage = layout.coverImage().map(path -> path.toAbsolutePath().normalize());
        this.pdfUA = layout.pdfUA();
        this.pdfA = layout.pdfA();
        this.fonts = layout.fonts();
    }

    /** Renders {@code html} and records where the elements whose id matches {@code anchors} landed. */
    RenderedPart render(String html, Pattern anchors) throws IOException {
        GuideFonts.Parsed fonts = Optional.ofNullable(idleFonts.poll()).orElseGet(() -> new GuideFonts.Parsed(this.fonts));
        try {
            return render(html, anchors, fonts);
        } finally {
            idleFonts.add(fonts);
        }
    }

    private RenderedPart render(String html, Pattern anchors, GuideFonts.Parsed fonts) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        // A document of our own, so that the fonts can be loaded into it from the parsed ones.
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        builder.withHtmlContent(pdfUA ? FigureAltFallback.fill(html) : html, base.toString());
        // Replaces openhtmltopdf's default, which allows any URL: a build reads nothing from the network and
        // nothing outside the lesson folder.
        builder.useExternalResourceAccessControl(this::mayRead, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(this::mayRead, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useProtocolsStreamImplementation(new SvgFileStreams(), "file");
        builder.withProducer(PRODUCER);
        // Right-to-left text: openhtmltopdf's defaults draw every paragraph as one left-to-right run.
        if (JdkBidiSplitter.isNeededFor(html)) {
            builder.useUnicodeBidiSplitter(JdkBidiSplitter.FACTORY);
            builder.useUnicodeBidiReorderer(JdkBidiReorderer.INSTANCE);
        }
        GuideFonts.register(builder, target, fonts);
        GuideFonts.registerConfigured(builder, target, fonts, this.fonts);
        // Batik draws SVG images as vectors; in secure mode it runs no script and fetches nothing.
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        if (pdfUA) {
            builder.usePdfUaAccessibility(true);
        }
        if (pdfA) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.getSharedContext().setTextRenderer(new MemoizingTextRenderer());
            renderer.layout();
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                if (pdfUA) {
                    FormulaTags.retag(document, html);
                    PlainSpans.flatten(document);
                    EmptyArtifacts.remove(document);
                    InlineTagDictionaries.inline(document);
                }
                Map<String, RenderedPart.Anchor> found = new HashMap<>();
                for (PagePosition<Box> position : renderer.findPagePositionsByID(anchors)) {
                    found.put(position.getId(), new RenderedPart.Anchor(position.getPageNo(), position.getX(),
                            position.getY(), position.getWidth(), position.getHeight()));
                }
                ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
                // Uncompressed: parts are read back at once, and the assembler compresses the whole guide.
                document.save(pdf, CompressParameters.NO_COMPRESSION);
                return new RenderedPart(pdf.toByteArray(), document.getNumberOfPages(), found);
            }
        }
    }

    private boolean mayRead(String uri, ExternalResourceType type) {
        if (uri == null || !(type == ExternalResourceType.IMAGE_RASTER || type == ExternalResourceType.XML_SVG
                || type == ExternalResourceType.SVG_BINARY)) {
            return false;
        }
        if (type == ExternalResourceType.XML_SVG && FormulaImages.isDrawing(uri)) {
            return true; // a formula's drawing, held in the URI itself: nothing to read
        }
        try {
            URI parsed = base.resolve(uri);
            if (!"file".equals(parsed.getScheme())) {
                return false;
            }
            Path path = Path.of(parsed).toAbsolutePath().normalize();
            return path.startsWith(sourceDirectory) || coverImage.filter(path::equals).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
