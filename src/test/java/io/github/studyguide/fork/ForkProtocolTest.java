package io.github.studyguide.fork;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ForkProtocolTest {

    @Test
    void aRecordIsOneLineAndReadsBackAsWritten() {
        for (String text : List.of("", "plain", "two\nlines", "a\\nb is not a line feed", "crlf\r\n", "\\", "trailing\\",
                "caf\u00e9 \u65e5\u672c", "lessons/a b.md:12: link x.md points to no lesson")) {
            String line = ForkProtocol.write(ForkProtocol.WARN, text);
            assertFalse(line.contains("\n") || line.contains("\r"), line);
            assertEquals(new ForkProtocol.Line('W', text), ForkProtocol.read(line), line);
        }
    }

    @Test
    void linesThatAreNoRecordAreRecognised() {
        assertNull(ForkProtocol.read(""));
        assertNull(ForkProtocol.read("Q message"));
        assertNull(ForkProtocol.read("Warning: something the JVM printed"));
        assertNull(ForkProtocol.read("I"));
    }
}
