package io.github.studyguide.watch;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed in the lesson folder while the watch waited: the files by their names relative to the folder, with
 * {@code /} separators, sorted; or, when the file system lost count of its events, that something did.
 *
 * @param files the files created, changed or deleted
 * @param unnamed whether there were changes the file system did not name (its event queue overflowed)
 */
public record ChangeSet(SortedSet<String> files, boolean unnamed) {

    /** Nothing changed. */
    public static final ChangeSet NONE = new ChangeSet(new TreeSet<>(), false);

    /** How many names {@link #describe()} lists before it counts the rest. */
    private static final int NAMED = 3;

    public ChangeSet {
        files = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(files));
    }

    public static ChangeSet of(Collection<String> files) {
        return new ChangeSet(new TreeSet<>(files), false);
    }

    public boolean isEmpty() {
        return files.isEmpty() && !unnamed;
    }

    /** Both changes together, as one rebuild sees them. */
    public ChangeSet and(ChangeSet other) {
        TreeSet<String> all = new TreeSet<>(files);
        all.addAll(other.files);
        return new ChangeSet(all, unnamed || other.unnamed);
    }

    /** For the rebuild's log line: "lessons/02-files.md", "a.md, b.md and 3 more files". */
    public String describe() {
        if (files.isEmpty()) {
            return unnamed ? "files the file system did not name" : "nothing";
        }
        List<String> names = files.stream().limit(NAMED).toList();
        int rest = files.size() - names.size();
        String listed = rest == 0 && names.size() > 1
                ? String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
                : String.join(", ", names);
        return rest == 0 ? listed : listed + " and " + rest + " more file" + (rest == 1 ? "" : "s");
    }
}
