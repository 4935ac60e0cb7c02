package io.github.studyguide.refs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether a local image can go into the guides as it is: an SVG must be self-contained and free of loops
 * ({@link SvgImages}), and a PNG, JPEG or GIF must not be so large that decoding it exhausts the memory. The PDF
 * renderer decodes an image whole, at four bytes a pixel, however small it is drawn: a 20,000 × 20,000 pixel PNG
 * of 400 KB took 34 s and 1.6 GB to draw, and with {@code -Xmx512m} failed the build with "Java heap space",
 * naming no file.
 */
public final class ImageFiles {

    /** About 200 MB decoded; a page's text width is about 2,000 pixels at 300 dpi. */
    static final long MAX_PIXELS = 50_000_000L;

    private ImageFiles() {
    }

    /** Why the image cannot go into the guides, or empty when it can. */
    public static Optional<String> problem(Path image) {
        return SvgImages.isSvg(image) ? SvgImages.problem(image) : rasterProblem(image);
    }

    /** Reads only the image's header, for its size; what no reader recognises is left to the renderer. */
    private static Optional<String> rasterProblem(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    return Optional.of("is " + width + " x " + height + " pixels (" + width * height / 1_000_000
                            + " megapixels), which the PDF renderer would decode whole in memory; scale it down to at"
                            + " most 50 megapixels (a page's text is about 2,000 pixels wide at 300 dpi)");
                }
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a header ImageIO cannot read: the renderer decides, as it would without this check
        }
    }
}
