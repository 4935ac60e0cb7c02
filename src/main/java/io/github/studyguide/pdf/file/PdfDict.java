package io.github.studyguide.pdf.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** A dictionary, its keys in the order written. Keys are names as written after their slash. */
public final class PdfDict {

    private final LinkedHashMap<String, Object> entries;

    public PdfDict() {
        this.entries = new LinkedHashMap<>();
    }

    private PdfDict(LinkedHashMap<String, Object> entries) {
        this.entries = entries;
    }

    /** A shallow copy: the values are shared. */
    public PdfDict copy() {
        return new PdfDict(new LinkedHashMap<>(entries));
    }

    public Object get(String key) {
        return entries.get(key);
    }

    public PdfDict put(String key, Object value) {
        entries.put(key, value);
        return this;
    }

    public PdfDict putName(String key, String name) {
        return put(key, PdfName.of(name));
    }

    public Object remove(String key) {
        return entries.remove(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Map<String, Object> entries() {
        return entries;
    }

    /** Whether the value of {@code key} is the name {@code name}. */
    public boolean isName(String key, String name) {
        return entries.get(key) instanceof PdfName value && value.raw().equals(name);
    }

    /** The value of {@code key} as an integer, {@code fallback} if it is none. */
    public int intValue(String key, int fallback) {
        return entries.get(key) instanceof PdfToken token ? token.intValue(fallback) : fallback;
    }

    /** The value of {@code key}, followed through a reference with {@code objects}. */
    public Object resolved(String key, IntFunction<Object> objects) {
        return resolve(entries.get(key), objects);
    }

    /** The dictionary under {@code key}, followed through a reference; empty if it is none. */
    public Optional<PdfDict> dict(String key, IntFunction<Object> objects) {
        Object value = resolved(key, objects);
        if (value instanceof PdfStream stream) {
            return Optional.of(stream.dict());
        }
        return value instanceof PdfDict dict ? Optional.of(dict) : Optional.empty();
    }

    /** The array under {@code key}, followed through a reference; empty if it is none. */
    @SuppressWarnings("unchecked")
    public Optional<List<Object>> array(String key, IntFunction<Object> objects) {
        return resolved(key, objects) instanceof List<?> list ? Optional.of((List<Object>) list) : Optional.empty();
    }

    /** A value, followed through a reference with {@code objects}: the object's value, or null for a missing one. */
    public static Object resolve(Object value, IntFunction<Object> objects) {
        return value instanceof PdfRef ref ? objects.apply(ref.number()) : value;
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
