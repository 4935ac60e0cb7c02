package io.github.studyguide.pdf;

import io.github.studyguide.pdf.file.PdfDict;
import io.github.studyguide.pdf.file.PdfFile;
import io.github.studyguide.pdf.file.PdfToken;
import io.github.studyguide.pdf.file.Relocated;
import io.github.studyguide.pdf.file.Relocation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * How a part's objects are numbered in the guide, and what changes as they are written there: the parent tree
 * keys of its pages, annotations and forms move after those of the parts before it, and its top structure elements
 * hang under the guide's {@code Document} element. Objects the guide shares instead (the shipped fonts) are numbered
 * as the guide's own.
 */
final class PartObjects implements Relocation {

    private final PdfFile part;
    private final int[] numbers;
    private final int keyOffset;
    private final Set<PdfDict> topElements = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int guideDocument;

    /**
     * @param keyOffset what to add to the part's {@code StructParents} and {@code StructParent} keys
     * @param guideDocument the number of the guide's {@code Document} element, the parent of the part's top elements
     */
    PartObjects(PdfFile part, int keyOffset, int guideDocument) {
        this.part = part;
        this.numbers = new int[part.size()];
        this.keyOffset = keyOffset;
        this.guideDocument = guideDocument;
    }

    PdfFile part() {
        return part;
    }

    /** Gives the part's object {@code number} the guide's number {@code guideNumber}. */
    void number(int number, int guideNumber) {
        numbers[number] = guideNumber;
    }

    /** Hangs a top structure element of the part under the guide's {@code Document} element. */
    void adoptElement(PdfDict element) {
        topElements.add(element);
    }

    @Override
    public int number(int number) {
        if (number >= numbers.length || numbers[number] == 0) {
            throw new IllegalStateException("Object " + number + " of a part is named but was not taken over");
        }
        return numbers[number];
    }

    @Override
    public PdfDict dict(PdfDict dict) {
        PdfDict written = dict;
        if (topElements.contains(dict)) {
            written = written.copy().put("P", Relocated.ref(guideDocument));
        }
        if (keyOffset != 0 && (dict.has("StructParents") || dict.has("StructParent"))) {
            written = written == dict ? dict.copy() : written;
            shift(written, "StructParents");
            shift(written, "StructParent");
        }
        return written;
    }

    private void shift(PdfDict dict, String key) {
        int value = dict.intValue(key, -1);
        if (value >= 0) {
            dict.put(key, PdfToken.of(value + keyOffset));
        }
    }
}
