package io.github.studyguide.incremental;

import io.github.studyguide.check.LessonFacts;
import io.github.studyguide.course.Lesson;
import io.github.studyguide.internal.ContentHash;
import io.github.studyguide.output.AtomicOutput;
import io.github.studyguide.refs.ImageVerdicts;
import io.github.studyguide.render.RenderedLesson;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * Keeps rendered lessons between builds, keyed by a hash of everything that decides them: the lesson's file, its
 * place in the course, the render options, where every other lesson is (links resolve to their anchors) and the
 * plugin; and beside each, the files of the lesson folder its references consulted, with their states
 * ({@link FileStates}), recorded when it was rendered and verified when it is looked up. After an author edits one
 * lesson, or one image, the others are read back instead of parsed and rendered again; a lesson read back is the
 * same as one rendered afresh, so the guides are too. A lesson's facts (what the checks need) are kept apart, keyed by its file and the plugin alone, so that the
 * check goal reads them back whatever the build's options; so are the verdicts on SVG drawings
 * ({@link #imageVerdicts()}), keyed by the drawing's content and the plugin, since trying a drawing with Batik costs
 * more than most lessons. A lesson with an error is never kept.
 *
 * <p>All entries live in one file, read whole on first use and written whole by {@link #save()}, keeping only the
 * entries the current build used: writing thousands of small files took longer than rendering the lessons. Nothing
 * is written before {@code save()}, so a failed build leaves the last cache as it was. Each entry carries a
 * checksum; a damaged entry is ignored, and its lesson rendered again. Thread-safe: lessons are read and kept in
 * parallel.
 */
public final class LessonCache {

    /** No cache: every lesson is rendered. */
    public static final LessonCache NONE = new LessonCache(null, "", "");

    /** Bump when the stored form changes. */
    private static final int FORMAT = 6;

    private final Path file;
    private final String salt;
    private final String factsSalt;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private final AtomicInteger lessonsReadBack = new AtomicInteger();
    private final AtomicInteger factsReadBack = new AtomicInteger();
    private final AtomicInteger verdictsReadBack = new AtomicInteger();
    private Map<String, byte[]> stored;

    private LessonCache(Path file, String salt, String factsSalt) {
        this.file = file;
        this.salt = salt;
        this.factsSalt = factsSalt;
    }

    /**
     * @param file the cache file, inside the output folder; it need not exist
     * @param salt what else decides a rendered lesson: the plugin
     * @param plugin what identifies the plugin, which alone decides a lesson's facts besides its file
     */
    public static LessonCache in(Path file, String salt, String plugin) {
        return new LessonCache(file, salt, plugin);
    }

    /** How many entries the cache file holds, for tests and diagnostics. */
    public int size() {
        return file == null ? 0 : stored().size();
    }

    /**
     * The key of a file's facts (what the checks need), which depend on its text alone: the check goal reads them
     * without knowing the build's options.
     */
    public String factsKey(String text) {
        return hash(List.of(Integer.toString(FORMAT), "facts", factsSalt, text));
    }

    /** A file's facts, as the last build kept them. */
    public Optional<LessonFacts> facts(String key) {
        Optional<LessonFacts> kept = read(key + ".facts", LessonCodec::readFacts);
        kept.ifPresent(found -> factsReadBack.incrementAndGet());
        return kept;
    }

    /** How many files' facts this build has read back instead of parsing the files. */
    public int factsReadBack() {
        return factsReadBack.get();
    }

    /** Keeps a file's facts until {@link #save()}. */
    public void putFacts(String key, LessonFacts facts) {
        put(key + ".facts", out -> LessonCodec.writeFacts(out, facts));
    }

    /** The verdicts on images of the last build, and where this build keeps its own until {@link #save()}. */
    public ImageVerdicts.Store imageVerdicts() {
        return new ImageVerdicts.Store() {
            @Override
            public Optional<Optional<String>> verdict(String key) {
                Optional<Optional<String>> kept = read(verdictName(key), LessonCache::readVerdict);
                kept.ifPresent(found -> verdictsReadBack.incrementAndGet());
                return kept;
            }

            @Override
            public void putVerdict(String key, Optional<String> problem) {
                put(verdictName(key), out -> {
                    out.writeBoolean(problem.isPresent());
                    if (problem.isPresent()) {
                        LessonCodec.text(out, problem.get());
                    }
                });
            }
        };
    }

    /** How many image verdicts this build has read back instead of trying the drawings again. */
    public int verdictsReadBack() {
        return verdictsReadBack.get();
    }

    /** A verdict depends on the image's content, which its key names, and on the plugin (and Batik in it). */
    private String verdictName(String key) {
        return hash(List.of(Integer.toString(FORMAT), "image", factsSalt, key)) + ".image";
    }

    private static Optional<String> readVerdict(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(LessonCodec.text(in)) : Optional.empty();
    }

    /** The key of a rendered lesson, given what the renderer adds to it (options, and the anchors of all lessons). */
    public String key(String renderSalt, Lesson lesson) {
        return hash(List.of(Integer.toString(FORMAT), salt, renderSalt, lesson.relativePath(), lesson.anchorId(),
                lesson.title(), lesson.file().source().text()));
    }

    /**
     * A lesson as the last build rendered it, with the facts given, provided that every file its references
     * consulted (images, drawings, pages its links may mean) is as it was then; otherwise empty, to render it again.
     */
    public Optional<RenderedLesson> get(String key, Lesson lesson, LessonFacts facts, FileStates files) {
        Optional<RenderedLesson> kept = read(key + ".lesson", in -> files.unchanged(LessonCodec.readDependencies(in))
                ? LessonCodec.readLesson(in, lesson, facts) : null);
        kept.ifPresent(found -> lessonsReadBack.incrementAndGet());
        return kept;
    }

    /** How many rendered lessons this build has read back instead of rendering them. */
    public int lessonsReadBack() {
        return lessonsReadBack.get();
    }

    /**
     * Keeps a rendered lesson (without its facts, kept by {@link #putFacts}) until {@link #save()}, with the states
     * of the files it depends on.
     *
     * @param files the states of the files its references consulted ({@link FileStates.Recording#states()})
     */
    public void put(String key, RenderedLesson lesson, SortedMap<String, String> files) {
        put(key + ".lesson", out -> {
            LessonCodec.writeDependencies(out, files);
            LessonCodec.writeLesson(out, lesson);
        });
    }

    /**
     * An entry as {@code reader} reads it, which counts as used (kept by {@link #save()}); none when the reader
     * finds it outdated (returns {@code null}), so that the lesson rendered instead replaces it.
     */
    private <T> Optional<T> read(String name, Reader<T> reader) {
        if (file == null) {
            return Optional.empty();
        }
        byte[] entry = stored().get(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            T value = reader.read(in);
            if (value == null) {
                return Optional.empty();
            }
            used.add(name);
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged despite its checksum: render again
        }
    }

    /** Keeps an entry in memory until {@link #save()}: a build that fails writes nothing. */
    private void put(String name, Writer writer) {
        if (file == null) {
            return;
        }
        used.add(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        pending.put(name, bytes.toByteArray());
    }

    /** Reads an entry; returns {@code null} for one that no longer holds. */
    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** The hash of a key's parts; with no cache, none is needed. */
    private String hash(List<String> parts) {
        return file == null ? "" : ContentHash.of(parts);
    }

    /** The entries of the cache file, read on first use: as many as are intact, or none. */
    private synchronized Map<String, byte[]> stored() {
        if (stored == null) {
            stored = new HashMap<>();
            if (Files.isRegularFile(file)) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                    if (in.readInt() == FORMAT) {
                        for (int count = in.readInt(); count > 0; count--) {
                            String name = in.readUTF();
                            long checksum = in.readLong();
                            byte[] entry = in.readNBytes(in.readInt());
                            if (checksum(name, entry) == checksum) {
                                stored.put(name, entry);
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // cut short or damaged: the entries read so far are intact, the rest render again
                }
            }
        }
        return stored;
    }

    /**
     * Writes the cache file with the entries this build used, old and new, unless they are exactly those it already
     * holds.
     */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        Map<String, byte[]> stored = stored();
        if (pending.isEmpty() && used.containsAll(stored.keySet())) {
            return;
        }
        SortedMap<String, byte[]> kept = new TreeMap<>(pending);
        stored.forEach((name, entry) -> {
            if (used.contains(name)) {
                kept.putIfAbsent(name, entry);
            }
        });
        AtomicOutput.write(file, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(FORMAT);
            out.writeInt(kept.size());
            for (Map.Entry<String, byte[]> entry : kept.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeLong(checksum(entry.getKey(), entry.getValue()));
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
            out.flush();
        });
        this.stored = kept;
        pending.clear();
    }

    private static long checksum(String name, byte[] entry) {
        CRC32C crc = new CRC32C();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        crc.update(entry);
        return crc.getValue();
    }

}
