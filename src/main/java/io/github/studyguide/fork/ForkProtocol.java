package io.github.studyguide.fork;

/**
 * The lines a forked build writes to its standard output, one record each: a letter saying what it is, a space, and
 * the text with backslashes, line feeds and carriage returns escaped, so that a multi-line message stays one record.
 *
 * <ul>
 * <li>{@code D}, {@code I}, {@code W}, {@code E}: a debug, info, warning or error message of the build's log</li>
 * <li>{@code G}: a guide written, as {@code FORMAT path}</li>
 * <li>{@code H}: a handout written, as {@code section path}</li>
 * <li>{@code F}: the build failed through a mistake of the user's, with the message to show</li>
 * <li>{@code X}: the build itself failed, with each exception of the chain, class and message</li>
 * </ul>
 *
 * <p>On standard input, the plugin sends the settings as properties, then the line {@link #END_OF_SETTINGS}, and
 * keeps the stream open until the forked JVM has ended.
 */
final class ForkProtocol {

    static final char DEBUG = 'D';
    static final char INFO = 'I';
    static final char WARN = 'W';
    static final char ERROR = 'E';
    static final char GUIDE = 'G';
    static final char HANDOUT = 'H';
    static final char FAILURE = 'F';
    static final char CRASH = 'X';

    static final String END_OF_SETTINGS = "#end of settings";

    private ForkProtocol() {
    }

    /** One record. */
    record Line(char kind, String text) {
    }

    static String write(char kind, String text) {
        StringBuilder line = new StringBuilder(text.length() + 2).append(kind).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line.toString();
    }

    /** The record a line holds, or {@code null} for a line that is not one (which the caller shows as it is). */
    static Line read(String line) {
        if (line.length() < 2 || line.charAt(1) != ' ' || "DIWEGHFX".indexOf(line.charAt(0)) < 0) {
            return null;
        }
        StringBuilder text = new StringBuilder(line.length());
        for (int i = 2; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                text.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                text.append(c);
            }
        }
        return new Line(line.charAt(0), text.toString());
    }
}
