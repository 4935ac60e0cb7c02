package io.github.studyguide;

import io.github.studyguide.internal.ContentHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting of a {@link GuideConfig}, listed once: its name, how it is written as text and read back (to hand
 * the configuration to a forked build), and how it counts in the fingerprint that decides whether the guides are up
 * to date. A new setting is one component of {@code GuideConfig} (with its {@code GuideConfigBuilder} setter) and
 * one row here; {@code GuideSettingsTest} fails when a component has no row.
 */
public final class GuideSettings {

    /** How a setting counts in the up-to-date fingerprint. */
    public enum Fingerprint {
        /** By its value: it changes what the guides hold. */
        VALUE,
        /** A file, by its content: the same picture under another name gives the same guides. */
        CONTENT,
        /**
         * Not at all: it says where or how fast the guides are built, not what they hold (the lesson folder is
         * fingerprinted file by file, the output folder holds the state file itself).
         */
        NONE
    }

    /**
     * One setting.
     *
     * @param name its name, as the Maven parameter and the {@code GuideConfig} field are named
     * @param fingerprint how it counts in the fingerprint
     * @param write its value as text, empty when it has none
     * @param read sets it on a builder from that text
     */
    public record Setting(String name, Fingerprint fingerprint, Function<GuideConfig, Optional<String>> write,
            BiConsumer<GuideConfigBuilder, String> read) {
    }

    /** A list is written one element a line; no include pattern or path holds a line feed. */
    private static final String LIST_SEPARATOR = "\n";

    public static final List<Setting> ALL = List.of(
            path("sourceDirectory", Fingerprint.NONE, GuideConfig::sourceDirectory, GuideConfigBuilder::sourceDirectory),
            list("includes", GuideConfig::includes, GuideConfigBuilder::includes),
            list("excludes", GuideConfig::excludes, GuideConfigBuilder::excludes),
            path("outputDirectory", Fingerprint.NONE, GuideConfig::outputDirectory, GuideConfigBuilder::outputDirectory),
            text("finalName", Fingerprint.NONE, GuideConfig::finalName, GuideConfigBuilder::finalName),
            new Setting("formats", Fingerprint.VALUE,
                    config -> Optional.of(config.formats().stream().map(Enum::name).collect(Collectors.joining(","))),
                    (builder, text) -> builder.formats(formats(text))),
            text("title", Fingerprint.VALUE, GuideConfig::title, GuideConfigBuilder::title),
            optional("author", GuideConfig::author, GuideConfigBuilder::author),
            text("language", Fingerprint.VALUE, GuideConfig::language, GuideConfigBuilder::language),
            optional("version", GuideConfig::version, GuideConfigBuilder::version),
            text("identifier", Fingerprint.VALUE, GuideConfig::identifier, GuideConfigBuilder::identifier),
            new Setting("pageSize", Fingerprint.VALUE, config -> Optional.of(config.pageSize().name()),
                    (builder, text) -> builder.pageSize(PageSize.valueOf(text))),
            new Setting("outputTimestamp", Fingerprint.VALUE, config -> config.outputTimestamp().map(Instant::toString),
                    (builder, text) -> builder.outputTimestamp(Instant.parse(text))),
            flag("failOnWarning", GuideConfig::failOnWarning, GuideConfigBuilder::failOnWarning),
            new Setting("threads", Fingerprint.NONE, config -> Optional.of(Integer.toString(config.threads())),
                    (builder, text) -> builder.threads(Integer.parseInt(text))),
            flag("handouts", GuideConfig::handouts, GuideConfigBuilder::handouts),
            flag("instructorEdition", GuideConfig::instructorEdition, GuideConfigBuilder::instructorEdition),
            flag("examTips", GuideConfig::examTips, GuideConfigBuilder::examTips),
            new Setting("quizAnswers", Fingerprint.VALUE, config -> Optional.of(config.quizAnswers().name()),
                    (builder, text) -> builder.quizAnswers(QuizAnswers.valueOf(text))),
            flag("numbering", GuideConfig::numbering, GuideConfigBuilder::numbering),
            flag("printLinkUrls", GuideConfig::printLinkUrls, GuideConfigBuilder::printLinkUrls),
            flag("duplex", GuideConfig::duplex, GuideConfigBuilder::duplex),
            flag("pdfUA", GuideConfig::pdfUA, GuideConfigBuilder::pdfUA),
            flag("pdfA", GuideConfig::pdfA, GuideConfigBuilder::pdfA),
            new Setting("coverImage", Fingerprint.CONTENT, config -> config.coverImage().map(Path::toString),
                    (builder, text) -> builder.coverImage(Path.of(text))),
            new Setting("pageBreaks", Fingerprint.VALUE, config -> Optional.of(config.pageBreaks().name()),
                    (builder, text) -> builder.pageBreaks(PageBreaks.valueOf(text))),
            new Setting("handoutLayout", Fingerprint.VALUE, config -> Optional.of(config.handoutLayout().name()),
                    (builder, text) -> builder.handoutLayout(HandoutLayout.valueOf(text))),
            path("projectDirectory", Fingerprint.NONE, GuideConfig::projectDirectory, GuideConfigBuilder::projectDirectory),
            // By name here; StudyGuide adds the font files' content, as it does the lesson folder's files.
            list("fonts", GuideConfig::fonts, GuideConfigBuilder::fonts),
            list("codeFonts", GuideConfig::codeFonts, GuideConfigBuilder::codeFonts),
            new Setting("labels", Fingerprint.VALUE, config -> Optional.of(config.labels().entrySet().stream()
                    .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(LIST_SEPARATOR))),
                    (builder, text) -> builder.labels(labels(text))),
            optional("accessibilitySummary", GuideConfig::accessibilitySummary, GuideConfigBuilder::accessibilitySummary),
            optional("accessibilityCertifiedBy", GuideConfig::accessibilityCertifiedBy,
                    GuideConfigBuilder::accessibilityCertifiedBy));

    private GuideSettings() {
    }

    /** Every setting that has a value, defaults included, so that whoever reads them needs no defaults of its own. */
    public static Properties toProperties(GuideConfig config) {
        Properties out = new Properties();
        for (Setting setting : ALL) {
            setting.write().apply(config).ifPresent(value -> out.setProperty(setting.name(), value));
        }
        return out;
    }

    /** The configuration {@link #toProperties} wrote. */
    public static GuideConfig fromProperties(Properties in) {
        return builder(in).build();
    }

    /** A builder holding every setting of {@code config}, for {@link GuideConfig#toBuilder()}. */
    static GuideConfigBuilder builder(GuideConfig config) {
        return builder(toProperties(config));
    }

    private static GuideConfigBuilder builder(Properties in) {
        GuideConfigBuilder builder = GuideConfig.builder();
        for (Setting setting : ALL) {
            String value = in.getProperty(setting.name());
            if (value != null) {
                setting.read().accept(builder, value);
            }
        }
        return builder;
    }

    /**
     * The settings that decide what the guides hold, as {@code name=value} lines in a fixed order, for the
     * up-to-date fingerprint.
     */
    public static List<String> fingerprint(GuideConfig config) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            for (Setting setting : ALL) {
                if (setting.fingerprint() == Fingerprint.NONE) {
                    continue;
                }
                Optional<String> value = setting.write().apply(config);
                if (setting.fingerprint() == Fingerprint.CONTENT && value.isPresent()) {
                    value = Optional.of(hash(Path.of(value.get())));
                }
                lines.add(setting.name() + "=" + value.orElse(""));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines;
    }

    private static String hash(Path file) {
        try {
            return ContentHash.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labels map as {@code key=value} lines; a label is one line of text. */
    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        for (String line : text.split(LIST_SEPARATOR)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                labels.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return labels;
    }

    private static Set<OutputFormat> formats(String text) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String name : text.split(",")) {
            formats.add(OutputFormat.valueOf(name));
        }
        return formats;
    }

    private static Setting text(String name, Fingerprint fingerprint, Function<GuideConfig, String> get,
            BiConsumer<GuideConfigBuilder, String> set) {
        return new Setting(name, fingerprint, config -> Optional.of(get.apply(config)), set);
    }

    private static Setting optional(String name, Function<GuideConfig, Optional<String>> get,
            BiConsumer<GuideConfigBuilder, String> set) {
        return new Setting(name, Fingerprint.VALUE, get, set);
    }

    private static Setting path(String name, Fingerprint fingerprint, Function<GuideConfig, Path> get,
            BiConsumer<GuideConfigBuilder, Path> set) {
        return new Setting(name, fingerprint, config -> Optional.of(get.apply(config).toString()),
                (builder, text) -> set.accept(builder, Path.of(text)));
    }

    private static Setting flag(String name, Function<GuideConfig, Boolean> get,
            BiConsumer<GuideConfigBuilder, Boolean> set) {
        return new Setting(name, Fingerprint.VALUE, config -> Optional.of(get.apply(config).toString()),
                (builder, text) -> set.accept(builder, Boolean.parseBoolean(text)));
    }

    private static Setting list(String name, Function<GuideConfig, List<String>> get,
            BiConsumer<GuideConfigBuilder, List<String>> set) {
        return new Setting(name, Fingerprint.VALUE, config -> Optional.of(String.join(LIST_SEPARATOR, get.apply(config))),
                (builder, text) -> set.accept(builder, text.isEmpty() ? List.of() : List.of(text.split(LIST_SEPARATOR, -1))));
    }
}
