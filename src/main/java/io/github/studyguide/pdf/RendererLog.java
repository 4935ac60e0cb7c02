package io.github.studyguide.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Sends openhtmltopdf's log to SLF4J, which Maven provides to plugins, at debug level: its messages are about the
 * renderer's internals and belong in {@code mvn -X}, not in every build's output. Our own checks report problems
 * in the lessons with file and line.
 */
final class RendererLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.studyguide.pdf.openhtmltopdf");

    private RendererLog() {
    }

    static void install() {
        Holder.touch();
    }

    @Override
    public void log(String where, Level level, String msg) {
        LOG.debug("{}: {}", where, msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        LOG.debug("{}: {}", where, msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The level is Maven's to decide.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isDebugEnabled();
    }

    private static final class Holder {
        static {
            XRLog.setLoggerImpl(new RendererLog());
        }

        static void touch() {
            // Loading the class runs the static initializer exactly once.
        }
    }
}
