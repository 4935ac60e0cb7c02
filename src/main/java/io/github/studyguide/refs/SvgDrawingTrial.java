package io.github.studyguide.refs;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Lets Batik, which draws SVG images in the PDF, try a drawing before the PDF is laid out, so that one it cannot
 * draw is reported and left out instead of failing the guide, or of leaving a blank where the PDF renderer swallows
 * Batik's error (a {@code <rect>} without a width). It tries the drawing as the renderer gets it, adapted as
 * {@link SvgForBatik} says. Only Batik knows all it cannot do, so it is asked rather than guessed at.
 *
 * <p>The drawing is built and painted the way the PDF renderer does it (parsed, cloned into Batik's SVG DOM, built
 * into a graphics tree and painted), onto a small image, with no script run and nothing loaded from outside.
 * Thread-safe: every trial builds its own document and transcoder.
 */
final class SvgDrawingTrial {

    /** Small, so that painting costs little; what fails, fails at any size. */
    private static final float TRIAL_SIZE = 64;

    private SvgDrawingTrial() {
    }

    /**
     * Why Batik cannot draw the parsed SVG document, or empty when it can.
     *
     * @param parsed the drawing, parsed by a namespace-aware parser that read nothing from outside
     */
    static Optional<String> problem(Document parsed) {
        try {
            // Tried as the PDF's renderer gets it: as a browser draws it (SvgForBatik).
            Document drawing = parsed;
            if (SvgForBatik.needsAdapting(parsed)) {
                drawing = (Document) parsed.cloneNode(true);
                SvgForBatik.adapt(drawing);
            }
            Document svg = DOMUtilities.deepCloneDocument(drawing, SVGDOMImplementation.getDOMImplementation());
            new Trial().transcode(new TranscoderInput(svg), new TranscoderOutput());
            return Optional.empty();
        } catch (TranscoderException e) {
            return Optional.of(cannotDraw(e.getException() != null ? e.getException() : e));
        } catch (RuntimeException | StackOverflowError e) {
            // Batik's own failures surface as whatever its code happens to throw: a ClassCastException, a
            // BridgeException, a NullPointerException, an overflow in a loop that the reference check missed.
            return Optional.of(cannotDraw(e));
        }
    }

    private static String cannotDraw(Throwable cause) {
        // Batik's bridge errors start with the document's URI and line, which a parsed document has none of.
        String message = cause.getMessage() == null ? ""
                : cause.getMessage().replaceFirst("^null:-1\\s+", "").strip().replaceAll("\\s+", " ");
        String reason = message.isEmpty() ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message;
        return "cannot be drawn by Batik, which draws SVG in the PDF (" + reason + "); save it as plain SVG 1.1"
                + " (Inkscape: Save As, Plain SVG) or as PNG";
    }

    /** A transcoder that builds and paints the drawing and writes nothing. */
    private static final class Trial extends SVGAbstractTranscoder {

        Trial() {
            addTranscodingHint(KEY_WIDTH, TRIAL_SIZE);
            addTranscodingHint(KEY_EXECUTE_ONLOAD, Boolean.FALSE);
            addTranscodingHint(KEY_ALLOWED_SCRIPT_TYPES, "");
            // Batik's default handler prints errors and warnings to the console, stack traces and all; an error
            // it can draw past (an invalid CSS value) is one browsers draw past too, so only a fatal one counts.
            setErrorHandler(new ErrorHandler() {
                @Override
                public void error(TranscoderException e) {
                }

                @Override
                public void fatalError(TranscoderException e) throws TranscoderException {
                    throw e;
                }

                @Override
                public void warning(TranscoderException e) {
                }
            });
        }

        @Override
        protected void transcode(Document document, String uri, TranscoderOutput output) throws TranscoderException {
            super.transcode(document, uri, output); // builds the graphics tree: where most of Batik's failures are
            BufferedImage image = new BufferedImage((int) Math.max(1, Math.ceil(width)),
                    (int) Math.max(1, Math.min(4 * TRIAL_SIZE, Math.ceil(height))), BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = image.createGraphics();
            try {
                graphics.transform(curTxf);
                root.paint(graphics); // patterns, markers and filters are resolved only when painted
            } finally {
                graphics.dispose();
            }
        }

        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public void displayError(Exception e) {
                    // Batik's own version prints the stack trace to the console before it tells the handler.
                    displayError(e.getMessage());
                }

                @Override
                public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
                    return new NoLoadScriptSecurity(scriptType);
                }

                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
                    return new NoLoadExternalResourceSecurity();
                }
            };
        }
    }
}
