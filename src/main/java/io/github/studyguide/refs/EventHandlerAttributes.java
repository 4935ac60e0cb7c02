package io.github.studyguide.refs;

import java.util.Locale;
import java.util.Set;

/**
 * The attributes that run a script when something happens: the event handlers of HTML and of SVG 1.1 and 2, and
 * nothing else. Drawing tools write attributes that merely start with "on" ({@code only_selected},
 * {@code inkscape:onset}), and words such as {@code one} or {@code onset} are no event, so a list of the real
 * names decides, not a prefix.
 */
final class EventHandlerAttributes {

    /** HTML's event handler content attributes, SVG's event attributes, and pointer, touch and animation events. */
    private static final Set<String> NAMES = Set.of(
            "onabort", "onafterprint", "onanimationcancel", "onanimationend", "onanimationiteration",
            "onanimationstart", "onauxclick", "onbeforecopy", "onbeforecut", "onbeforeinput", "onbeforematch",
            "onbeforepaste", "onbeforeprint", "onbeforetoggle", "onbeforeunload", "onblur", "oncancel", "oncanplay",
            "oncanplaythrough", "onchange", "onclick", "onclose", "oncontextlost", "oncontextmenu",
            "oncontextrestored", "oncopy", "oncuechange", "oncut", "ondblclick", "ondrag", "ondragend", "ondragenter",
            "ondragexit", "ondragleave", "ondragover", "ondragstart", "ondrop", "ondurationchange", "onemptied",
            "onended", "onerror", "onfocus", "onfocusin", "onfocusout", "onformdata", "onfullscreenchange",
            "onfullscreenerror", "ongotpointercapture", "onhashchange", "oninput", "oninvalid", "onkeydown",
            "onkeypress", "onkeyup", "onlanguagechange", "onload", "onloadeddata", "onloadedmetadata", "onloadend",
            "onloadstart", "onlostpointercapture", "onmessage", "onmessageerror", "onmousedown", "onmouseenter",
            "onmouseleave", "onmousemove", "onmouseout", "onmouseover", "onmouseup", "onmousewheel", "onoffline",
            "ononline", "onpagehide", "onpagereveal", "onpageshow", "onpageswap", "onpaste", "onpause", "onplay",
            "onplaying", "onpointercancel", "onpointerdown", "onpointerenter", "onpointerleave", "onpointermove",
            "onpointerout", "onpointerover", "onpointerrawupdate", "onpointerup", "onpopstate", "onprogress",
            "onratechange", "onrejectionhandled", "onreset", "onresize", "onscroll", "onscrollend",
            "onsecuritypolicyviolation", "onseeked", "onseeking", "onselect", "onselectionchange", "onselectstart",
            "onshow", "onslotchange", "onstalled", "onstorage", "onsubmit", "onsuspend", "ontimeupdate", "ontoggle",
            "ontouchcancel", "ontouchend", "ontouchmove", "ontouchstart", "ontransitioncancel", "ontransitionend",
            "ontransitionrun", "ontransitionstart", "onunhandledrejection", "onunload", "onvolumechange",
            "onwaiting", "onwheel",
            // SVG 1.1 only: its document, animation and activation events.
            "onactivate", "onbegin", "onend", "onrepeat", "onzoom", "onsvgabort", "onsvgerror", "onsvgload",
            "onsvgresize", "onsvgscroll", "onsvgunload", "onsvgzoom");

    private EventHandlerAttributes() {
    }

    /**
     * Whether an attribute runs a script. Only an attribute in no namespace can: {@code inkscape:onclick} is the
     * editor's data. Compared without case, as HTML does, so that {@code onClick} counts too.
     *
     * @param namespace the attribute's namespace URI, or {@code null} for none
     * @param localName the attribute's name without a prefix
     */
    static boolean isEventHandler(String namespace, String localName) {
        return (namespace == null || namespace.isEmpty()) && NAMES.contains(localName.toLowerCase(Locale.ROOT));
    }
}
