package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the small dictionaries of a tagged part inside the objects that name them instead of as objects of their
 * own: the property list of each artifact (openhtmltopdf marks every background and border as a background artifact
 * with its box, {@code /Artifact /Prop12 BDC}) and each page's dictionary of them, the marked-content and object
 * references of the structure elements, and the elements' attributes. They were three of every four objects of a
 * tagged guide (184,000 objects for 500 lessons), and PDFBox spends its time per object: writing a part, reading it
 * back, and writing the guide. Each is named in one place, so written in place it says the same.
 */
final class InlineTagDictionaries {

    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");

    private InlineTagDictionaries() {
    }

    /** Makes the part's property lists and references direct objects. */
    static void inline(PDDocument part) {
        Map<COSDictionary, Integer> pagesNaming = new IdentityHashMap<>();
        for (PDPage page : part.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                pagesNaming.merge(properties, 1, Integer::sum);
            }
        }
        for (PDPage page : part.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                for (COSName name : properties.keySet()) {
                    if (properties.getDictionaryObject(name) instanceof COSDictionary list
                            && !(list instanceof COSStream) && isPlain(list)) {
                        list.setDirect(true);
                        properties.setItem(name, list);
                    }
                }
                // A page's own dictionary of property lists goes inside its resources; one that pages share stays
                // one object.
                if (pagesNaming.get(properties) == 1) {
                    properties.setDirect(true);
                    resources.setItem(COSName.PROPERTIES, properties);
                }
            }
            COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            for (int i = 0; annotations != null && i < annotations.size(); i++) {
                // A link's border style: a dictionary of one number, written inside the link that names it.
                if (annotations.getObject(i) instanceof COSDictionary annotation
                        && annotation.getDictionaryObject(COSName.BS) instanceof COSDictionary border && isPlain(border)) {
                    border.setDirect(true);
                    annotation.setItem(COSName.BS, border);
                }
            }
        }
        COSDictionary root = part.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            return;
        }
        // Iterative: the tree is as deep as the lesson's nesting. Elements are visited once though a tree may share.
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            COSDictionary node = pending.pop();
            // An element's attributes (a header cell's scope, a list's numbering): each element has its own.
            if (node.getDictionaryObject(COSName.A) instanceof COSDictionary attributes
                    && !(attributes instanceof COSStream) && isPlain(attributes)) {
                attributes.setDirect(true);
                node.setItem(COSName.A, attributes);
            }
            COSBase kids = node.getDictionaryObject(COSName.K);
            if (kids instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSDictionary kid) {
                        if (isReference(kid)) {
                            kid.setDirect(true);
                            array.set(i, kid);
                        } else if (seen.add(kid)) {
                            pending.push(kid);
                        }
                    }
                }
            } else if (kids instanceof COSDictionary kid) {
                if (isReference(kid)) {
                    kid.setDirect(true);
                    node.setItem(COSName.K, kid);
                } else if (seen.add(kid)) {
                    pending.push(kid);
                }
            }
        }
    }

    /** A marked-content or object reference: a structure element's kid that is not an element. */
    private static boolean isReference(COSDictionary kid) {
        COSName type = kid.getCOSName(COSName.TYPE);
        return MCR.equals(type) || OBJR.equals(type);
    }

    /** A property list that holds nothing but names, numbers and arrays of them, such as an artifact's box. */
    private static boolean isPlain(COSDictionary list) {
        for (COSBase value : list.getValues()) {
            if (value instanceof COSObject || value instanceof COSDictionary) {
                return false;
            }
            if (value instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i) instanceof COSObject || array.get(i) instanceof COSDictionary) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
