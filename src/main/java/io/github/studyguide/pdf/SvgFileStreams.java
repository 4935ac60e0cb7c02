package io.github.studyguide.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import io.github.studyguide.refs.SvgForBatik;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the renderer's {@code file:} resources, handing each SVG drawing over as Batik can draw it
 * ({@link SvgForBatik}); every other file goes as it is. The renderer's access control has already allowed the
 * file (only the lesson folder and the cover), and a file that cannot be read is a missing resource, as with
 * openhtmltopdf's own reader.
 */
final class SvgFileStreams implements FSStreamFactory {

    @Override
    public FSStream getUrl(String uri) {
        return new FSStream() {
            @Override
            public InputStream getStream() {
                try {
                    Path path = Path.of(URI.create(uri));
                    byte[] bytes = Files.readAllBytes(path);
                    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                        bytes = SvgForBatik.adapted(bytes).orElse(bytes);
                    }
                    return new ByteArrayInputStream(bytes);
                } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
                    return null;
                }
            }

            @Override
            public Reader getReader() {
                InputStream stream = getStream();
                return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
            }
        };
    }
}
