package io.github.studyguide.pdf;

import io.github.studyguide.internal.ContentHash;
import io.github.studyguide.internal.Digests;
import io.github.studyguide.xhtml.XmlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The cache keys of a guide's parts and the guide's document id. Neither names the folder the project lies in, so
 * that the same course gives the same bytes, and finds its cached parts, in any checkout.
 */
final class PartKeys {

    private final String salt;
    private final Map<Object, String> keys = new ConcurrentHashMap<>();
    /** The images each part shows, by content: part of its key. */
    private final PartImages images;
    /** The cover's location as the front matter's XHTML writes it, and what stands for it in keys. */
    private final Optional<CoverName> cover;

    /**
     * @param cacheSalt what else decides a part's bytes besides its XHTML and images: the plugin
     * @param layout the standards the parts conform to, their fonts and the cover
     * @param sourceDirectory the lesson folder, which the parts' images are named relative to
     * @throws IOException if the cover image cannot be read
     */
    PartKeys(String cacheSalt, PdfLayout layout, Path sourceDirectory) throws IOException {
        this.images = new PartImages(sourceDirectory);
        // The lessons name their images relative to the lesson folder. The cover, which may lie outside it, is
        // named by its content instead, so that a cover changed in place is drawn anew; the images' content is in
        // the salt.
        Optional<CoverName> named = Optional.empty();
        if (layout.coverImage().isPresent()) {
            named = Optional.of(new CoverName(XmlText.escape(layout.coverImage().get().toUri().toString()),
                    "cover:" + ContentHash.of(layout.coverImage().get())));
        }
        this.cover = named;
        // The same XHTML gives other bytes when tagged or archival.
        this.salt = cacheSalt + "\npdfUA=" + layout.pdfUA() + " pdfA=" + layout.pdfA()
                + (layout.fonts().isEmpty() ? "" : " fonts=" + layout.fonts().fingerprint());
    }

    /**
     * A part's cache key, hashed once however often it is asked for: parts are large.
     *
     * @param unsaltedKey what the part's bytes depend on besides the salt and images (its XHTML, its place)
     * @param html the part's XHTML, whose images count by their content
     */
    <T> String keyOf(T job, Function<T, String> unsaltedKey, Function<T, String> html) {
        return keys.computeIfAbsent(job, unsalted -> {
            try {
                return ContentHash.of(List.of(salt, images.of(html.apply(job)), portable(unsaltedKey.apply(job))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text with the cover's location replaced by what stands for it. */
    private String portable(String text) {
        return cover.map(named -> text.replace(named.location(), named.name())).orElse(text);
    }

    /**
     * @param location the cover's {@code file:} URI, XML-escaped, as {@link PdfDocumentComposer} writes it
     * @param name its content hash, which stands for it in keys: the same cover gives the same key in any folder
     */
    private record CoverName(String location, String name) {
    }

    /**
     * The document id: a digest of the front matter's XHTML and of each chunk's key, so of the whole content, wherever
     * the project lies.
     */
    byte[] digest(String frontHtml, List<String> keys) {
        MessageDigest md5 = Digests.md5();
        md5.update(portable(frontHtml).getBytes(StandardCharsets.UTF_8));
        keys.forEach(key -> md5.update(key.getBytes(StandardCharsets.US_ASCII)));
        return md5.digest();
    }
}
