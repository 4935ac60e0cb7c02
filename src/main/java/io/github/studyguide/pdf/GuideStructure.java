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

    GuideStructure(PdfFileWriter file) {
        this.file = file;
        this.root = file.reserve();
        this.document = file.reserve();
    }

    /** The guide's structure tree root, for the catalog. */
    int root() {
        return root;
    }

    /** What the next part's parent tree keys are moved by: the first key no part before it used. */
    int nextKey() {
        return nextKey;
    }

    /**
     * Takes over a part's structure tree: its top elements become the guide's, its parent tree entries are added
     * after the guide's.
     *
     * @param objects the part's objects, numbered from {@link #nextKey()}
     * @return the part's values the guide now names, from which its objects are taken over
     */
    List<Object> adopt(PdfFile part, PdfDict partRoot, PartObjects objects) {
        List<Object> named = new ArrayList<>();
        for (Object element : topElements(part, partRoot)) {
            if (part.resolve(element) instanceof PdfDict adopted) {
                objects.adoptElement(adopted, document);
                if (language == null && adopted.get("Lang") != null) {
                    language = adopted.get("Lang");
                }
            }
            kids.add(new Relocated(element, objects));
            named.add(element);
        }
        part.dict(partRoot.get("RoleMap")).ifPresent(roles -> roles.entries().forEach((role, standard) -> {
            if (!roleMap.has(role)) {
                roleMap.put(role, standard);
            }
        }));
        TreeMap<Integer, Object> entries = new TreeMap<>();
        part.dict(partRoot.get("ParentTree")).ifPresent(tree -> collect(part, tree, entries, 0));
        int offset = nextKey;
        entries.forEach((key, value) -> {
            parentTree.put(key + offset, new Relocated(value, objects));
            named.add(value);
        });
        nextKey = offset + Math.max(partRoot.intValue("ParentTreeNextKey", 0),
                entries.isEmpty() ? 0 : entries.lastKey() + 1);
        return named;
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
    private static List<Object> topElements(PdfFile part, PdfDict partRoot) {
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
    private static void collect(PdfFile part, PdfDict node, Map<Integer, Object> into, int depth) {
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
