package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the links the assembler adds (contents lines, links between parts, appendices' links back) into a tagged
 * guide's structure tree, as PDF/UA requires of every link annotation: a {@code Link} element that refers to the
 * annotation, and the annotation's {@code StructParent} entry in the parent tree. The parent tree is written once,
 * when the guide is saved, whatever the number of links.
 */
final class LinkTags {

    private final PDDocument guide;
    private PDStructureNode parent;
    private Map<Integer, COSBase> parentTree;
    private int nextKey;

    LinkTags(PDDocument guide) {
        this.guide = guide;
    }

    /** Tags a link annotation already placed on {@code page}. */
    void tag(PDAnnotationLink link, PDPage page) {
        if (parentTree == null) {
            load();
        }
        PDStructureElement element = new PDStructureElement("Link", parent);
        element.setPage(page);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(link);
        reference.setPage(page);
        element.appendKid(reference);
        parent.appendKid(element);
        int key = nextKey++;
        link.setStructParent(key);
        parentTree.put(key, element.getCOSObject());
        // Tab order follows the structure, as PDF/UA requires of a page with annotations.
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** Writes the parent tree back, flat: one array of key and value pairs. */
    void finish() {
        if (parentTree == null) {
            return;
        }
        PDStructureTreeRoot root = guide.getDocumentCatalog().getStructureTreeRoot();
        COSArray nums = new COSArray();
        parentTree.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(tree, COSBase.class));
        root.setParentTreeNextKey(nextKey);
    }

    /** Reads the merged parts' parent tree, and finds the element links go under: the guide's top element. */
    private void load() {
        PDStructureTreeRoot root = guide.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            throw new IllegalStateException("a tagged guide has a structure tree");
        }
        parentTree = new TreeMap<>();
        if (root.getParentTree() != null) {
            collect(root.getParentTree().getCOSObject(), parentTree);
        }
        int last = parentTree.isEmpty() ? -1 : ((TreeMap<Integer, COSBase>) parentTree).lastKey();
        nextKey = Math.max(root.getParentTreeNextKey(), last + 1);
        parent = root.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureNode.class::cast)
                .findFirst().orElse(root);
    }

    private static void collect(COSDictionary node, Map<Integer, COSBase> into) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                into.put(((COSNumber) nums.getObject(i)).intValue(), nums.get(i + 1));
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                collect((COSDictionary) kids.getObject(i), into);
            }
        }
    }
}
