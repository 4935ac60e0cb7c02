package io.github.studyguide.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.util.function.Supplier;

/**
 * Puts the links the assembler adds (contents lines, links between parts, appendices' links back) into a tagged
 * guide's structure tree, as PDF/UA requires of every link annotation: a {@code Link} element under the guide's
 * {@code Document} element that refers to the annotation, and the annotation's {@code StructParent} entry in the
 * parent tree, which {@link GuideStructure} writes once, when the guide is saved, whatever the number of links.
 */
final class LinkTags {

    private final Supplier<GuideStructure> structure;

    /** @param structure the guide's structure tree, asked for only when a link is tagged */
    LinkTags(Supplier<GuideStructure> structure) {
        this.structure = structure;
    }

    /** Tags a link annotation already placed on {@code page}. */
    void tag(PDAnnotationLink link, PDPage page) {
        GuideStructure tree = structure.get();
        PDStructureElement parent = new PDStructureElement(tree.document());
        PDStructureElement element = new PDStructureElement("Link", parent);
        element.setPage(page);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(link);
        reference.setPage(page);
        // Named by its element alone: written inside it rather than as an object of its own (InlineTagDictionaries).
        reference.getCOSObject().setDirect(true);
        element.appendKid(reference);
        parent.appendKid(element);
        link.setStructParent(tree.addParent(element.getCOSObject()));
        // Tab order follows the structure, as PDF/UA requires of a page with annotations.
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }
}
