package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the marked content of a tagged part's plain {@code Span} elements to the element around them. openhtmltopdf
 * wraps each run of inline text in a {@code Span} that says nothing else (no language, alternative or actual text,
 * no attributes): four of every ten structure elements of a tagged guide. A {@code Span} is the standard's element
 * for inline content with no meaning of its own, so its text read as part of its paragraph, heading or cell is what
 * a screen reader says anyway; PDFBox writes a structure element in time per element, in the part, when reading it
 * back and when writing the guide. The parent tree then names the surrounding element for that content.
 */
final class PlainSpans {

    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
    private static final COSName MCR = COSName.getPDFName("MCR");
    /** All a plain span has: anything else (Lang, Alt, ActualText, A, C, ID, T, E) is kept with its span. */
    private static final Set<COSName> PLAIN = Set.of(COSName.TYPE, COSName.S, COSName.P, COSName.PG, COSName.K);

    private PlainSpans() {
    }

    /** Removes the part's plain spans, giving their marked content to their parents. */
    static void flatten(PDDocument part) {
        COSDictionary root = part.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null || !(root.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree)
                || tree.getCOSArray(COSName.NUMS) == null || tree.getItem(COSName.KIDS) != null) {
            return; // a parent tree of more than one level is not what openhtmltopdf writes: leave it
        }
        Map<Integer, COSArray> contentOwners = new HashMap<>();
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        for (int i = 0; i + 1 < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSNumber key && nums.getObject(i + 1) instanceof COSArray owners) {
                contentOwners.put(key.intValue(), owners);
            }
        }
        // Children before parents, so that a span inside a span gives its content to the outer one first.
        List<COSDictionary> elements = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            COSDictionary node = pending.pop();
            elements.add(node);
            for (COSBase kid : kids(node)) {
                if (resolve(kid) instanceof COSDictionary element && STRUCT_ELEM.equals(element.getCOSName(COSName.TYPE))
                        && seen.add(element)) {
                    pending.push(element);
                }
            }
        }
        Collections.reverse(elements);
        for (COSDictionary element : elements) {
            if (element != root) {
                absorbSpans(element, contentOwners);
            }
        }
    }

    /** Replaces each plain span among the element's kids by the span's marked content. */
    private static void absorbSpans(COSDictionary element, Map<Integer, COSArray> contentOwners) {
        List<COSBase> kids = kids(element);
        if (kids.stream().noneMatch(kid -> isPlainSpan(resolve(kid)))) {
            return;
        }
        COSBase page = element.getItem(COSName.PG);
        COSArray merged = new COSArray();
        for (COSBase kid : kids) {
            if (resolve(kid) instanceof COSDictionary span && isPlainSpan(span)) {
                COSBase spanPage = span.getItem(COSName.PG);
                for (COSBase content : kids(span)) {
                    COSBase given = content;
                    Integer mcid = null;
                    COSBase contentPage = spanPage;
                    if (content instanceof COSInteger number) {
                        mcid = number.intValue();
                        if (!samePage(page, spanPage)) {
                            // The element's own page differs: the content names its page.
                            COSDictionary reference = new COSDictionary();
                            reference.setItem(COSName.TYPE, MCR);
                            reference.setItem(COSName.PG, spanPage);
                            reference.setInt(COSName.MCID, mcid);
                            reference.setDirect(true);
                            given = reference;
                        }
                    } else if (resolve(content) instanceof COSDictionary reference) {
                        mcid = reference.getInt(COSName.MCID, -1);
                        contentPage = reference.getItem(COSName.PG) != null ? reference.getItem(COSName.PG) : spanPage;
                    }
                    merged.add(given);
                    repoint(contentOwners, contentPage, mcid, element);
                }
            } else {
                merged.add(kid);
            }
        }
        element.setItem(COSName.K, merged);
    }

    /** Makes the parent tree name {@code element} as the owner of a page's marked content. */
    private static void repoint(Map<Integer, COSArray> contentOwners, COSBase page, Integer mcid,
            COSDictionary element) {
        if (mcid == null || mcid < 0 || !(resolve(page) instanceof COSDictionary pageDictionary)) {
            return;
        }
        COSArray owners = contentOwners.get(pageDictionary.getInt(COSName.STRUCT_PARENTS, -1));
        if (owners != null && mcid < owners.size()) {
            owners.set(mcid, element);
        }
    }

    /**
     * A span with nothing but marked content of one page (numbers and marked-content references) and no entry
     * beyond type, parent, page and kids.
     */
    private static boolean isPlainSpan(COSBase base) {
        if (!(base instanceof COSDictionary span) || !SPAN.equals(span.getCOSName(COSName.S))
                || !PLAIN.containsAll(span.keySet())) {
            return false;
        }
        List<COSBase> contents = kids(span);
        if (contents.isEmpty()) {
            return false;
        }
        for (COSBase content : contents) {
            boolean reference = resolve(content) instanceof COSDictionary dictionary
                    && MCR.equals(dictionary.getCOSName(COSName.TYPE)) && dictionary.getItem(COSName.getPDFName("Stm")) == null;
            if (!(content instanceof COSInteger) && !reference) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePage(COSBase one, COSBase other) {
        return one != null && other != null && resolve(one) == resolve(other);
    }

    private static List<COSBase> kids(COSDictionary node) {
        COSBase k = node.getItem(COSName.K);
        COSBase value = resolve(k);
        List<COSBase> kids = new ArrayList<>();
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.get(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        return kids;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject reference ? reference.getObject() : base;
    }
}
