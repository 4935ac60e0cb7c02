package io.github.studyguide.xhtml;

import io.github.studyguide.markdown.PandocAttributes;
import org.jsoup.nodes.Element;

/**
 * Fenced code whose info string is a pandoc attribute set, {@code ```{.python}} or {@code ```{.python .numberLines}},
 * names its language by the set's first class. flexmark passes the braces on as the language
 * ({@code language-{.python}}), which no highlighter knows and which is no valid class, and keeps only the first
 * word of a longer set ({@code language-{.python}), whose first class is all that counts anyway.
 */
final class CodeInfoAttributes {

    private static final String PREFIX = "language-{";

    private CodeInfoAttributes() {
    }

    static void apply(Element body) {
        for (Element code : body.select("pre > code[class^=" + PREFIX + "]")) {
            String info = code.attr("class").substring("language-".length()).split("\\s+")[0];
            info = info.endsWith("}") ? info : info + "}";
            code.removeAttr("class");
            PandocAttributes.parse(info).flatMap(set -> set.classes().stream().findFirst())
                    .ifPresent(language -> code.addClass("language-" + language));
        }
    }
}
