package io.github.studyguide.math;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A formula written in a paragraph between dollar signs: {@code $x$} inline or {@code $$x$$} display (which may span
 * the paragraph's lines, as pandoc allows).
 */
public final class InlineMath extends Node {

    private final BasedSequence source;
    private final boolean display;

    InlineMath(BasedSequence chars, BasedSequence source, boolean display) {
        super(chars);
        this.source = source;
        this.display = display;
    }

    public Formula formula() {
        return new Formula(source.toString(), display);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
