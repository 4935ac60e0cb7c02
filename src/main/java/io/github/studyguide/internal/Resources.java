package io.github.studyguide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files shipped inside the plugin or its dependencies: stylesheets, fonts. */
public final class Resources {

    private Resources() {
    }

    /** The UTF-8 text of a resource beside {@code owner}'s class file. */
    public static String text(Class<?> owner, String name) {
        return new String(bytes(owner, name), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of a resource, found as {@code owner.getResourceAsStream(name)} finds it: beside the class file, or
     * from the root of the class path when {@code name} starts with {@code /}.
     */
    public static byte[] bytes(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the plugin's class path (looked up from "
                        + owner.getName() + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " from the plugin", e);
        }
    }
}
