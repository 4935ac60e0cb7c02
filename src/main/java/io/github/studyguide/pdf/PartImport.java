package io.github.studyguide.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Appends a part's pages, and when it is tagged its structure tree, to the guide by taking over the part's own
 * objects instead of copying them. PDFBox's {@code PDFMergerUtility} deep-copies every object of a part, and then
 * walks the copies again to point the structure elements at the copied pages: in a tagged guide of 500 lessons
 * that was most of the time spent joining the parts (docs/performance.md, "Accessible and archival PDF"). A part is read for the
 * guide alone and thrown away once the guide is saved, so its objects can simply become the guide's: its pages keep
 * their content, resources and annotations, its structure elements keep pointing at those very pages, and only the
 * parent tree keys are renumbered after the parts before it.
 *
 * <p>The part must be read by {@link #load(byte[])}, and stay open until the guide is saved.
 */
final class PartImport {

    /** What the guide takes from its first part's catalog: the same in every part. */
    private static final List<COSName> CATALOG_ENTRIES = List.of(COSName.VERSION, COSName.LANG, COSName.MARK_INFO,
            COSName.VIEWER_PREFERENCES, COSName.METADATA, COSName.OUTPUT_INTENTS);
    private static final List<COSName> INHERITED = List.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX,
            COSName.ROTATE);

    private final PDDocument guide;
    private GuideStructure structure;

    PartImport(PDDocument guide) {
        this.guide = guide;
    }

    /**
     * Reads a part for {@link #append}, every object at once, and takes their object numbers away: each part numbers
     * its objects from 1, and PDFBox, saving a guide whose objects keep their parts' numbers, gave two objects of the
     * same number met at the same depth one number between them (a page then drew with another part's fonts). So
     * that PDFBox numbers every object afresh, none keeps one. Any thread may read a part; the parsing is work the
     * guide's save would otherwise do on the one thread that joins the parts.
     */
    static PDDocument load(byte[] pdf) throws IOException {
        PDDocument part = Loader.loadPDF(pdf);
        COSDocument document = part.getDocument();
        for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
            COSObject reference = document.getObjectFromPool(key);
            COSBase object = reference.getObject();
            reference.setKey(null);
            if (object != null) {
                object.setKey(null);
            }
        }
        return part;
    }

    /** Appends the part's pages to the guide, and its structure if it has one. */
    void append(PDDocument part) {
        COSDictionary catalog = part.getDocumentCatalog().getCOSObject();
        COSDictionary guideCatalog = guide.getDocumentCatalog().getCOSObject();
        for (COSName entry : CATALOG_ENTRIES) {
            if (guideCatalog.getItem(entry) == null && catalog.getItem(entry) != null) {
                guideCatalog.setItem(entry, catalog.getItem(entry));
            }
        }
        Integer offset = null;
        if (catalog.getDictionaryObject(COSName.STRUCT_TREE_ROOT) instanceof COSDictionary partRoot) {
            offset = structure().adopt(partRoot);
        }
        Set<COSDictionary> shifted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : part.getPages()) {
            COSDictionary dictionary = page.getCOSObject();
            for (COSName inherited : INHERITED) {
                COSBase value = inheritedValue(dictionary, inherited);
                if (value != null && dictionary.getItem(inherited) == null) {
                    dictionary.setItem(inherited, value);
                }
            }
            dictionary.removeItem(COSName.PARENT);
            if (offset != null) {
                shiftKeys(dictionary, offset, shifted);
            }
            guide.addPage(new PDPage(dictionary));
        }
    }

    /** The guide's structure tree, begun with the first tagged part. */
    GuideStructure structure() {
        if (structure == null) {
            structure = new GuideStructure(guide);
        }
        return structure;
    }

    /** Whether any part had a structure tree. */
    boolean tagged() {
        return structure != null;
    }

    /** A page attribute, from the page or the page tree above it. */
    private static COSBase inheritedValue(COSDictionary page, COSName name) {
        COSDictionary node = page;
        for (int depth = 0; node != null && depth < 64; depth++) {
            COSBase value = node.getItem(name);
            if (value != null) {
                return value;
            }
            node = node.getCOSDictionary(COSName.PARENT);
        }
        return null;
    }

    /**
     * Moves the parent tree keys of a page, of its annotations and of the forms it draws after those of the parts
     * before it, as {@link GuideStructure#adopt} moved the entries they name.
     */
    private static void shiftKeys(COSDictionary page, int offset, Set<COSDictionary> shifted) {
        shift(page, COSName.STRUCT_PARENTS, offset);
        COSArray annotations = page.getCOSArray(COSName.ANNOTS);
        if (annotations != null) {
            for (int i = 0; i < annotations.size(); i++) {
                if (annotations.getObject(i) instanceof COSDictionary annotation && shifted.add(annotation)) {
                    shift(annotation, COSName.STRUCT_PARENT, offset);
                }
            }
        }
        COSDictionary resources = page.getCOSDictionary(COSName.RESOURCES);
        COSDictionary forms = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
        if (forms != null) {
            for (COSName name : forms.keySet()) {
                if (forms.getDictionaryObject(name) instanceof COSStream form && shifted.add(form)) {
                    shift(form, COSName.STRUCT_PARENT, offset);
                    shift(form, COSName.STRUCT_PARENTS, offset);
                }
            }
        }
    }

    private static void shift(COSDictionary dictionary, COSName key, int offset) {
        int value = dictionary.getInt(key, -1);
        if (value >= 0) {
            dictionary.setInt(key, value + offset);
        }
    }
}
