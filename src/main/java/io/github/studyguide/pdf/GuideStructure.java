package io.github.studyguide.pdf;

import io.github.studyguide.pdf.file.PdfDict;
import io.github.studyguide.pdf.file.PdfFile;
import io.github.studyguide.pdf.file.PdfFileWriter;
import io.github.studyguide.pdf.file.PdfToken;
import io.github.studyguide.pdf.file.Relocated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structure tree of a tagged guide, made of its parts' trees as they are. Each part's elements go under the
 * guide's one {@code Document} element (in place of the part's own), and the part's parent tree entries are
 * renumbered after those of the parts before it ({@link PartObjects} moves the keys that name them). The links the
 * guide adds between parts and from the contents get {@code Link} elements of their own, as PDF/UA requires of
 * every link annotation.
 */
final class GuideStructure {

    private final PdfFileWriter file;
    private final int root;
    private final int document;
    private final List<Object> kids = new ArrayList<>();
    private final PdfDict roleMap = new PdfDict();
    /** The parent tree, by key: what each page's marked content and each annotation belongs to. */
    private final TreeMap<Integer, Object> parentTree = new TreeMap<>();
    private Object language;
    private int nextKey;

    /**
     * @param root the number of the structure tree root, reserved
     * @param document the number of the guide's {@code Document} element, reserved
     */
    GuideStructure(PdfFileWriter file, int root, int document) {
        this.file = file;
        this.root = root;
        this.document = document;
    }

    /** The guide's structure tree root, for the catalog. */
    int root() {
        return root;
    }

    /** The key the next part's keys start from: the first of a block no part so far used. */
    int nextKey() {
        return nextKey;
    }

    /**
     * Takes over a part's structure tree: its top elements become the guide's, its parent tree entries are added
     * at the keys from {@link #nextKey()} on. The part takes whole blocks of keys (PdfAssembler says why), so the
     * next part's keys start after them.
     *
     * @param objects the part's objects as the guide numbers them, its keys moved to {@link #nextKey()}
     */
    void adopt(PreparedPart part, PartObjects objects) {
        int firstKey = nextKey;
        PdfFile file = part.file();
        for (Object element : part.topElements()) {
            if (language == null && file.resolve(element) instanceof PdfDict adopted && adopted.get("Lang") != null) {
                language = adopted.get("Lang");
            }
            kids.add(new Relocated(element, objects));
        }
        part.structureRoot().flatMap(partRoot -> file.dict(partRoot.get("RoleMap"))).ifPresent(roles ->
                roles.entries().forEach((role, standard) -> {
                    if (!roleMap.has(role)) {
                        roleMap.put(role, standard);
                    }
                }));
        part.parentTree().forEach((key, value) -> parentTree.put(key + firstKey, new Relocated(value, objects)));
        nextKey = firstKey + PdfAssembler.roundUp(part.keyCount(), PdfAssembler.KEY_BLOCK);
    }

    /**
     * Tags a link annotation the guide adds: a {@code Link} element under the {@code Document} element that refers to
     * it.
     *
     * @return the annotation's {@code StructParent} key
     */
    int tagLink(int annotation, int page) {
        PdfDict reference = new PdfDict().putName("Type", "OBJR").put("Obj", Relocated.ref(annotation))
                .put("Pg", Relocated.ref(page));
        int element = file.add(new PdfDict().putName("Type", "StructElem").putName("S", "Link")
                .put("P", Relocated.ref(document)).put("Pg", Relocated.ref(page)).put("K", reference));
        kids.add(Relocated.ref(element));
        int key = nextKey++;
        parentTree.put(key, Relocated.ref(element));
        return key;
    }

    /** Writes the tree root, the {@code Document} element and the parent tree, flat: one array of keys and values. */
    void finish() {
        List<Object> nums = new ArrayList<>(2 * parentTree.size());
        parentTree.forEach((key, value) -> {
            nums.add(PdfToken.of(key));
            nums.add(value);
        });
        file.put(root, new PdfDict().putName("Type", "StructTreeRoot").put("K", Relocated.ref(document))
                .put("ParentTree", new PdfDict().put("Nums", nums)).put("ParentTreeNextKey", PdfToken.of(nextKey))
                .put("RoleMap", roleMap));
        PdfDict element = new PdfDict().putName("Type", "StructElem").putName("S", "Document")
                .put("P", Relocated.ref(root)).put("K", kids);
        if (language != null) {
            element.put("Lang", language);
        }
        file.put(document, element);
    }

    /**
     * The elements of a part to put under the guide's {@code Document}: the kids of the part's own {@code Document}
     * element (openhtmltopdf writes one), as written (references stay references); else the part's top elements.
     */
    static List<Object> topElements(PdfFile part, PdfDict partRoot) {
        List<Object> top = items(part, partRoot.get("K"));
        if (top.size() == 1 && part.resolve(top.get(0)) instanceof PdfDict only && only.isName("S", "Document")) {
            List<Object> inner = items(part, only.get("K"));
            // Marked content right under the part's Document would lose its page: keep the Document then.
            if (inner.stream().allMatch(kid -> part.resolve(kid) instanceof PdfDict)) {
                return inner;
            }
        }
        return top;
    }

    private static List<Object> items(PdfFile part, Object k) {
        Object value = part.resolve(k);
        if (value instanceof List<?> array) {
            return new ArrayList<>(array);
        }
        return k == null ? List.of() : List.of(k);
    }

    /** A number tree's entries, from its leaves; values as written, so that references stay references. */
    static void collect(PdfFile part, PdfDict node, Map<Integer, Object> into, int depth) {
        if (depth > 32) {
            return;
        }
        if (part.resolve(node.get("Nums")) instanceof List<?> nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (part.resolve(nums.get(i)) instanceof PdfToken key) {
                    into.put(key.intValue(0), nums.get(i + 1));
                }
            }
        }
        if (part.resolve(node.get("Kids")) instanceof List<?> children) {
            for (Object child : children) {
                part.dict(child).ifPresent(kid -> collect(part, kid, into, depth + 1));
            }
        }
    }
}
