package io.github.studyguide.math;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;

/** The nodes of a parsed lesson that hold a formula: inline or display math, and fenced {@code math} blocks. */
public final class MathFences {

    private MathFences() {
    }

    /** A fence whose info string's first word is {@code math}, as GitHub and GitLab write display math. */
    public static boolean isMath(FencedCodeBlock fence) {
        String info = fence.getInfo().toString().strip();
        return info.equals("math") || info.startsWith("math ") || info.startsWith("math{") || info.startsWith("math\t");
    }

    /** The formula of an {@link InlineMath} node or of a fence that {@link #isMath} accepts. */
    public static Formula formula(Node node) {
        if (node instanceof InlineMath math) {
            return math.formula();
        }
        if (node instanceof FencedCodeBlock fence && isMath(fence)) {
            return new Formula(fence.getContentChars().toString(), true);
        }
        throw new IllegalArgumentException("Not a formula: " + node.getNodeName());
    }
}
