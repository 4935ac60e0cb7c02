package io.github.studyguide.maven;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * A hint, after a long build in Maven's own JVM ({@code fork} off), that it would build faster with the JVM's quick
 * compiler only. On a machine with few cores, the optimising compiler (C2) competes with the build for them and
 * spends more CPU compiling the renderer's code than the build spends running it (docs/performance.md, "fork").
 * The flag belongs to the JVM that started Maven, so the hint says where to set it, or to let the plugin fork.
 */
final class CompilerHint {

    /** Builds shorter than this are not worth a hint: the JVM's start dominates them. */
    static final long LONG_BUILD_MILLIS = 10_000;
    /** With more cores, C2 has cores of its own: the trade-off is then the user's to measure. */
    static final int FEW_CORES = 4;

    private CompilerHint() {
    }

    /**
     * The hint, if a build that took {@code millis} on {@code cores} cores, with {@code TieredStopAtLevel} at
     * {@code stopAtLevel} (empty when the JVM does not say), deserves one.
     */
    static Optional<String> forBuild(long millis, int cores, Optional<String> stopAtLevel) {
        if (millis < LONG_BUILD_MILLIS || cores > FEW_CORES || stopAtLevel.isEmpty()
                || !stopAtLevel.get().equals("4")) {
            return Optional.empty();
        }
        return Optional.of("This build took " + millis / 1000 + " s on " + cores + " cores with the JVM's optimising"
                + " compiler; a line -XX:TieredStopAtLevel=1 in the project's .mvn/jvm.config (or the plugin's fork"
                + " setting) usually makes such builds much faster (see the plugin's README, \"Performance\")");
    }

    /** This JVM's {@code TieredStopAtLevel}, or empty on a JVM that is not HotSpot. */
    static Optional<String> tieredStopAtLevel() {
        // Through JMX by name: a plugin's class realm cannot load com.sun.management's classes.
        try {
            Object option = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=HotSpotDiagnostic"), "getVMOption",
                    new Object[] {"TieredStopAtLevel"}, new String[] {String.class.getName()});
            return option instanceof CompositeData data ? Optional.of(String.valueOf(data.get("value")))
                    : Optional.empty();
        } catch (JMException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
