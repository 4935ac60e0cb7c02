package io.github.studyguide.pdf;

import com.openhtmltopdf.util.XRLog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class RendererLogTest {

    /**
     * openhtmltopdf's messages go to SLF4J, whose debug level Maven turns on with -X; without it (as here, with no
     * SLF4J binding) openhtmltopdf is told not to format them at all, whatever the message (the log looks only at
     * SLF4J's level, so no message need be built to ask).
     */
    @Test
    void routesTheRendererLogToDebugLevel() {
        RendererLog.install();
        assertInstanceOf(RendererLog.class, XRLog.getLoggerImpl());
        assertFalse(XRLog.getLoggerImpl().isLogLevelEnabled(null));
    }
}
