package io.github.studyguide;

/** Original SVG drawings in the shapes that editors save, for tests. */
public final class TestDrawings {

    private TestDrawings() {
    }

    /**
     * An original drawing in the shape Inkscape saves: its own namespaces, a named view, a path effect with
     * un-namespaced attributes, a marker, {@code <use>} and text on a path.
     */
    public static String inkscape(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                     width="240" height="120" viewBox="0 0 240 120" %s inkscape:version="1.0" sodipodi:docname="pipe.svg">
                  <defs>
                    <marker id="arrow" orient="auto" refX="0" refY="0" style="overflow:visible" inkscape:stockid="Arrow">
                      <path d="M 0,0 L 6,-3 L 6,3 Z" style="fill:#222"/>
                    </marker>
                    <inkscape:path-effect effect="spiro" id="effect1" is_visible="true" only_selected="false" onset="2"/>
                    <path id="curve" d="M 20,90 C 80,10 160,10 220,90"/>
                  </defs>
                  <sodipodi:namedview id="view" pagecolor="#ffffff" inkscape:zoom="2" inkscape:onclick="none" one="1"/>
                  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
                    <path d="M 20,20 L 200,20" style="stroke:#222;marker-end:url(#arrow)"/>
                    <use xlink:href="#curve" style="fill:none;stroke:#888"/>
                    <text style="font-size:12px"><textPath xlink:href="#curve">data flows along the pipe</textPath></text>
                  </g>
                </svg>
                """.formatted(version);
    }
}
