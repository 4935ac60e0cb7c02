package io.github.studyguide.pdf.file;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/** The objects a file's values lead to, followed through every reference. */
public final class References {

    private References() {
    }

    /**
     * The numbers of the objects of {@code file} that {@code roots} lead to, directly or through other objects,
     * without following references for which {@code stop} is true (objects that stay behind) or {@link Relocated}
     * values (which belong to another file).
     */
    public static BitSet reachable(PdfFile file, List<Object> roots, IntPredicate stop) {
        BitSet seen = new BitSet(file.size());
        Deque<Object> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Object value = pending.pop();
            if (value instanceof PdfRef ref) {
                int number = ref.number();
                if (!stop.test(number) && !seen.get(number)) {
                    seen.set(number);
                    Object object = file.object(number);
                    if (object != null) {
                        pending.push(object);
                    }
                }
            } else if (value instanceof PdfDict dict) {
                for (Object item : dict.entries().values()) {
                    if (!(item instanceof PdfName || item instanceof PdfToken || item instanceof PdfString)) {
                        pending.push(item);
                    }
                }
            } else if (value instanceof List<?> array) {
                for (Object item : array) {
                    if (item instanceof PdfRef || item instanceof PdfDict || item instanceof List<?>) {
                        pending.push(item);
                    }
                }
            } else if (value instanceof PdfStream stream) {
                pending.push(stream.dict());
            }
        }
        return seen;
    }
}
