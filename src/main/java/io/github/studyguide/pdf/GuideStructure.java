package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structure tree of a tagged guide, made of its parts' trees without copying them. Each part's elements go
 * under the guide's one {@code Document} element, and the part's parent tree entries are renumbered after those of
 * the parts before it. The parts' own objects are taken over as they are (a part is thrown away once the guide is
 * saved), so their references to their pages and annotations stay right: the guide keeps those pages too
 * ({@link PartImport}).
 */
final class GuideStructure {

    private final COSDictionary root = new COSDictionary();
    private final COSDictionary document = new COSDictionary();
    private final COSArray kids = new COSArray();
    private final COSDictionary roleMap = new COSDictionary();
    /** The parent tree, by key: what each page's marked content and each annotation belongs to. */
    private final TreeMap<Integer, COSBase> parentTree = new TreeMap<>();
    private int nextKey;

    GuideStructure(PDDocument guide) {
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        root.setItem(COSName.K, document);
        root.setItem(COSName.ROLE_MAP, roleMap);
        document.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        document.setItem(COSName.S, COSName.DOCUMENT);
        document.setItem(COSName.P, root);
        document.setItem(COSName.K, kids);
        guide.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
    }

    /**
     * Takes over a part's structure tree: its elements become the guide's (under its {@code Document} element, in
     * place of the part's own), its parent tree entries are added after the guide's.
     *
     * @param partRoot the part's structure tree root
     * @return what to add to the part's {@code StructParents} and {@code StructParent} keys
     */
    int adopt(COSDictionary partRoot) {
        int offset = nextKey;
        for (COSBase element : topElements(partRoot)) {
            if (dictionary(element) instanceof COSDictionary adopted) {
                adopted.setItem(COSName.P, document);
                if (document.getItem(COSName.LANG) == null && adopted.getItem(COSName.LANG) != null) {
                    document.setItem(COSName.LANG, adopted.getItem(COSName.LANG));
                }
            }
            kids.add(element);
        }
        if (partRoot.getDictionaryObject(COSName.ROLE_MAP) instanceof COSDictionary roles) {
            for (Map.Entry<COSName, COSBase> role : roles.entrySet()) {
                if (!roleMap.containsKey(role.getKey())) {
                    roleMap.setItem(role.getKey(), role.getValue());
                }
            }
        }
        Map<Integer, COSBase> entries = new TreeMap<>();
        if (partRoot.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree) {
            collect(tree, entries);
        }
        int next = Math.max(partRoot.getInt(COSName.PARENT_TREE_NEXT_KEY, 0),
                entries.isEmpty() ? 0 : ((TreeMap<Integer, COSBase>) entries).lastKey() + 1);
        entries.forEach((key, value) -> parentTree.put(key + offset, value));
        nextKey = offset + next;
        return offset;
    }

    /** The guide's top element, under which the elements the assembler adds (links) go. */
    COSDictionary document() {
        return document;
    }

    /** Adds a parent tree entry for an annotation's element; returns its key, the annotation's {@code StructParent}. */
    int addParent(COSBase element) {
        int key = nextKey++;
        parentTree.put(key, element);
        return key;
    }

    /** Writes the parent tree, flat: one array of key and value pairs. */
    void finish() {
        COSArray nums = new COSArray();
        parentTree.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, tree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
    }

    /**
     * The elements of a part to put under the guide's {@code Document}: the kids of the part's own {@code Document}
     * element (openhtmltopdf writes one), as written (references stay references); else the part's top elements.
     */
    private static List<COSBase> topElements(COSDictionary partRoot) {
        List<COSBase> top = items(partRoot.getItem(COSName.K));
        if (top.size() == 1 && dictionary(top.get(0)) instanceof COSDictionary only
                && COSName.DOCUMENT.equals(only.getCOSName(COSName.S))) {
            List<COSBase> inner = items(only.getItem(COSName.K));
            // Marked content right under the part's Document would lose its page: keep the Document then.
            if (inner.stream().allMatch(kid -> dictionary(kid) instanceof COSDictionary)) {
                return inner;
            }
        }
        return top;
    }

    private static List<COSBase> items(COSBase k) {
        List<COSBase> items = new ArrayList<>();
        COSBase value = k instanceof COSObject reference ? reference.getObject() : k;
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                items.add(array.get(i));
            }
        } else if (k != null) {
            items.add(k);
        }
        return items;
    }

    private static COSBase dictionary(COSBase item) {
        return item instanceof COSObject reference ? reference.getObject() : item;
    }

    /** A number tree's entries, from its leaves; values as written, so that references stay references. */
    private static void collect(COSDictionary node, Map<Integer, COSBase> into) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key) {
                    into.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        COSArray children = node.getCOSArray(COSName.KIDS);
        if (children != null) {
            for (int i = 0; i < children.size(); i++) {
                if (children.getObject(i) instanceof COSDictionary child) {
                    collect(child, into);
                }
            }
        }
    }
}
