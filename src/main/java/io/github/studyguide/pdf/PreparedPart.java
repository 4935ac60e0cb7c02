package io.github.studyguide.pdf;

import io.github.studyguide.pdf.file.CompiledObjects;
import io.github.studyguide.pdf.file.PdfDict;
import io.github.studyguide.pdf.file.PdfFile;
import io.github.studyguide.pdf.file.PdfName;
import io.github.studyguide.pdf.file.PdfRef;
import io.github.studyguide.pdf.file.PdfStream;
import io.github.studyguide.pdf.file.PdfToken;
import io.github.studyguide.pdf.file.References;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A part read for joining, and everything about it that does not depend on where the guide puts it: which of its
 * objects the guide takes (those its pages and structure lead to; not its catalog, page tree, structure root or
 * copies of the shared fonts), its pages, its structure tree's top elements and parent tree, the glyphs of the
 * shared fonts it uses. Preparing a part is most of the work of joining it, and any thread may do it while other
 * parts are still laid out. Once placed ({@link #place}), its objects are numbered and compiled; the last placement
 * is kept, so that a watch session joins an unchanged part at an unchanged place without compiling it again.
 */
final class PreparedPart {

    private static final List<String> INHERITED = List.of("Resources", "MediaBox", "CropBox", "Rotate");
    /** What the guide takes from its first part's catalog that has it: the same in every part. */
    static final List<String> CATALOG_ENTRIES = List.of("MarkInfo", "ViewerPreferences", "OutputIntents");

    /** A page of the part: its number in the part, its dictionary as the guide writes it, its size. */
    record Page(int number, PdfDict dict, PDRectangle box, boolean empty) {
    }

    /** Where the guide puts a part: the first of its object numbers, and of its parent tree keys. */
    record Placement(int firstObject, int firstKey, Map<String, Integer> sharedFonts, int document) {
    }

    /**
     * A part placed: how its objects are numbered, and those of them the guide writes as they are, compiled once
     * asked for (the guide compiles its parts in parallel).
     */
    static final class Placed {
        private final Placement placement;
        private final PartObjects objects;
        private final java.util.function.Supplier<CompiledObjects> compile;
        private CompiledObjects compiled;

        private Placed(Placement placement, PartObjects objects, java.util.function.Supplier<CompiledObjects> compile) {
            this.placement = placement;
            this.objects = objects;
            this.compile = compile;
        }

        Placement placement() {
            return placement;
        }

        PartObjects objects() {
            return objects;
        }

        synchronized CompiledObjects compiled() {
            if (compiled == null) {
                compiled = compile.get();
            }
            return compiled;
        }
    }

    private final PdfFile file;
    /** The part's objects the guide takes, in the order the guide numbers them: its pages among them. */
    private final int[] taken;
    private final List<Page> pages;
    private final Map<Integer, String> sharedFonts;
    private final Map<String, Set<Integer>> glyphs;
    private final Optional<PdfDict> structureRoot;
    private final List<Object> topElements;
    private final Set<PdfDict> topDicts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final TreeMap<Integer, Object> parentTree;
    private final int keys;
    private final Map<String, Object> catalogEntries = new LinkedHashMap<>();
    private final byte[] metadata;
    private final PdfName version;
    private volatile Placed placed;

    private PreparedPart(PdfFile file, Predicate<String> shared) throws IOException {
        this.file = file;
        PdfDict catalog = file.catalog();
        List<Object> named = new ArrayList<>();
        for (String entry : CATALOG_ENTRIES) {
            if (catalog.has(entry)) {
                catalogEntries.put(entry, catalog.get(entry));
                named.add(catalog.get(entry));
            }
        }
        metadata = file.resolve(catalog.get("Metadata")) instanceof PdfStream stream ? stream.decoded() : null;
        version = catalog.get("Version") instanceof PdfName name ? name : null;

        sharedFonts = new TreeMap<>();
        glyphs = new TreeMap<>();
        for (int number = 1; number < file.size(); number++) {
            if (file.object(number) instanceof PdfDict font && font.isName("Type", "Font")) {
                Optional<String> name = SharedFonts.sharedName(file, font, shared);
                if (name.isPresent()) {
                    sharedFonts.put(number, name.get());
                    glyphs.computeIfAbsent(name.get(), n -> new TreeSet<>()).addAll(SharedFonts.glyphs(file, font));
                }
            }
        }

        structureRoot = file.dict(catalog.get("StructTreeRoot"));
        topElements = structureRoot.map(root -> GuideStructure.topElements(file, root)).orElse(List.of());
        for (Object element : topElements) {
            if (file.resolve(element) instanceof PdfDict dict) {
                topDicts.add(dict);
            }
        }
        named.addAll(topElements);
        parentTree = new TreeMap<>();
        structureRoot.flatMap(root -> file.dict(root.get("ParentTree")))
                .ifPresent(tree -> GuideStructure.collect(file, tree, parentTree, 0));
        named.addAll(parentTree.values());
        keys = structureRoot.map(root -> Math.max(root.intValue("ParentTreeNextKey", 0),
                parentTree.isEmpty() ? 0 : parentTree.lastKey() + 1)).orElse(0);

        List<PdfRef> pageRefs = new ArrayList<>();
        collectPages(file, catalog.get("Pages"), pageRefs, 0);
        pages = new ArrayList<>();
        BitSet pageNumbers = new BitSet();
        for (PdfRef ref : pageRefs) {
            PdfDict page = ((PdfDict) file.object(ref.number())).copy();
            for (String inherited : INHERITED) {
                if (!page.has(inherited)) {
                    inheritedValue(file, page, inherited).ifPresent(value -> page.put(inherited, value));
                }
            }
            // The guide's page tree holds the page; the part's stays behind.
            page.remove("Parent");
            pages.add(new Page(ref.number(), page, box(file, page), showsNothing(file, page)));
            named.add(page);
            pageNumbers.set(ref.number());
        }
        BitSet reached = References.reachable(file, named, number -> pageNumbers.get(number) || sharedFonts.containsKey(number));
        reached.or(pageNumbers);
        taken = reached.stream().toArray();
    }

    /** Reads and prepares a part; {@code shared} says which fonts, by PostScript name, the guide shares. */
    static PreparedPart of(PdfFile file, Predicate<String> shared) throws IOException {
        return new PreparedPart(file, shared);
    }

    PdfFile file() {
        return file;
    }

    /** How many object numbers the part takes in the guide. */
    int objectCount() {
        return taken.length;
    }

    /** How many parent tree keys the part takes in the guide. */
    int keyCount() {
        return keys;
    }

    List<Page> pages() {
        return pages;
    }

    Map<String, Set<Integer>> glyphs() {
        return glyphs;
    }

    Optional<PdfDict> structureRoot() {
        return structureRoot;
    }

    List<Object> topElements() {
        return topElements;
    }

    Map<Integer, Object> parentTree() {
        return parentTree;
    }

    Map<String, Object> catalogEntries() {
        return catalogEntries;
    }

    Optional<byte[]> metadata() {
        return Optional.ofNullable(metadata);
    }

    Optional<PdfName> version() {
        return Optional.ofNullable(version);
    }

    /**
     * Numbers the part's objects from {@code placement}'s first number on, in the order the part numbered them,
     * and compiles those the guide writes as they are (all but its pages, which the guide changes). The same
     * placement gives the same objects, compiled once.
     */
    Placed place(Placement placement) {
        Placed last = placed;
        if (last != null && last.placement().equals(placement)) {
            return last;
        }
        PartObjects objects = new PartObjects(file, placement.firstKey(), placement.document());
        sharedFonts.forEach((number, name) -> objects.number(number, placement.sharedFonts().get(name)));
        for (int i = 0; i < taken.length; i++) {
            objects.number(taken[i], placement.firstObject() + i);
        }
        topDicts.forEach(objects::adoptElement);
        Placed now = new Placed(placement, objects, () -> {
            Set<Integer> pageNumbers = new TreeSet<>();
            pages.forEach(page -> pageNumbers.add(page.number()));
            CompiledObjects.Builder builder = new CompiledObjects.Builder();
            for (int number : taken) {
                if (!pageNumbers.contains(number)) {
                    builder.put(objects.number(number), file.object(number), objects);
                }
            }
            return builder.compile();
        });
        placed = now;
        return now;
    }

    /** The part's pages in order, by walking its page tree. */
    private static void collectPages(PdfFile part, Object node, List<PdfRef> into, int depth) {
        if (depth > 64 || !(node instanceof PdfRef ref) || !(part.object(ref.number()) instanceof PdfDict dict)) {
            return;
        }
        if (dict.isName("Type", "Pages") || dict.has("Kids")) {
            for (Object kid : dict.array("Kids", part::object).orElse(List.of())) {
                collectPages(part, kid, into, depth + 1);
            }
        } else {
            into.add(ref);
        }
    }

    /** A page attribute, from the page tree above the page. */
    private static Optional<Object> inheritedValue(PdfFile part, PdfDict page, String name) {
        Optional<PdfDict> node = part.dict(page.get("Parent"));
        for (int depth = 0; node.isPresent() && depth < 64; depth++) {
            Object value = node.get().get(name);
            if (value != null) {
                return Optional.of(value);
            }
            node = part.dict(node.get().get("Parent"));
        }
        return Optional.empty();
    }

    private static PDRectangle box(PdfFile part, PdfDict page) {
        if (part.resolve(page.get("MediaBox")) instanceof List<?> box && box.size() == 4) {
            float[] corners = new float[4];
            for (int i = 0; i < 4; i++) {
                corners[i] = part.resolve(box.get(i)) instanceof PdfToken token ? token.floatValue(0) : 0;
            }
            return new PDRectangle(corners[0], corners[1], corners[2] - corners[0], corners[3] - corners[1]);
        }
        return PDRectangle.A4;
    }

    /**
     * Whether a page shows nothing: the blank back of a page that the renderer inserted so that the next part of a
     * duplex guide starts on a right-hand page. Like the blank pages the guide adds, it gets no header or number.
     */
    private static boolean showsNothing(PdfFile part, PdfDict page) {
        Optional<PdfDict> resources = part.dict(page.get("Resources"));
        return resources.isEmpty() || isEmpty(part, resources.get().get("Font"))
                && isEmpty(part, resources.get().get("XObject"));
    }

    private static boolean isEmpty(PdfFile part, Object dict) {
        return part.dict(dict).map(found -> found.entries().isEmpty()).orElse(true);
    }
}
