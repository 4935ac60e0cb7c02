package io.github.studyguide.fork;

import io.github.studyguide.GuideConfig;
import io.github.studyguide.OutputFormat;
import io.github.studyguide.PageSize;
import io.github.studyguide.QuizAnswers;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link GuideConfig} as properties and reads it back, to hand it to a forked build. Every setting is
 * written, defaults included, so that the forked build needs no knowledge of where they came from.
 */
final class ConfigCodec {

    private ConfigCodec() {
    }

    static Properties encode(GuideConfig config) {
        Properties out = new Properties();
        out.setProperty("sourceDirectory", config.sourceDirectory().toString());
        putList(out, "includes", config.includes());
        putList(out, "excludes", config.excludes());
        out.setProperty("outputDirectory", config.outputDirectory().toString());
        out.setProperty("finalName", config.finalName());
        out.setProperty("formats", config.formats().stream().map(Enum::name).collect(Collectors.joining(",")));
        out.setProperty("title", config.title());
        config.author().ifPresent(author -> out.setProperty("author", author));
        out.setProperty("language", config.language());
        config.version().ifPresent(version -> out.setProperty("version", version));
        out.setProperty("identifier", config.identifier());
        out.setProperty("pageSize", config.pageSize().name());
        config.outputTimestamp().ifPresent(time -> out.setProperty("outputTimestamp", time.toString()));
        out.setProperty("failOnWarning", Boolean.toString(config.failOnWarning()));
        out.setProperty("threads", Integer.toString(config.threads()));
        out.setProperty("handouts", Boolean.toString(config.handouts()));
        out.setProperty("examTips", Boolean.toString(config.examTips()));
        out.setProperty("quizAnswers", config.quizAnswers().name());
        out.setProperty("numbering", Boolean.toString(config.numbering()));
        out.setProperty("printLinkUrls", Boolean.toString(config.printLinkUrls()));
        out.setProperty("duplex", Boolean.toString(config.duplex()));
        out.setProperty("pdfUA", Boolean.toString(config.pdfUA()));
        out.setProperty("pdfA", Boolean.toString(config.pdfA()));
        config.coverImage().ifPresent(cover -> out.setProperty("coverImage", cover.toString()));
        out.setProperty("projectDirectory", config.projectDirectory().toString());
        putList(out, "fonts", config.fonts());
        putList(out, "codeFonts", config.codeFonts());
        config.labels().forEach((key, text) -> out.setProperty("label." + key, text));
        return out;
    }

    static GuideConfig decode(Properties in) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String name : in.getProperty("formats").split(",")) {
            formats.add(OutputFormat.valueOf(name));
        }
        GuideConfig.Builder config = GuideConfig.builder()
                .sourceDirectory(Path.of(in.getProperty("sourceDirectory")))
                .includes(list(in, "includes"))
                .excludes(list(in, "excludes"))
                .outputDirectory(Path.of(in.getProperty("outputDirectory")))
                .finalName(in.getProperty("finalName"))
                .formats(formats)
                .title(in.getProperty("title"))
                .author(in.getProperty("author"))
                .language(in.getProperty("language"))
                .version(in.getProperty("version"))
                .identifier(in.getProperty("identifier"))
                .pageSize(PageSize.valueOf(in.getProperty("pageSize")))
                .failOnWarning(Boolean.parseBoolean(in.getProperty("failOnWarning")))
                .threads(Integer.parseInt(in.getProperty("threads")))
                .handouts(Boolean.parseBoolean(in.getProperty("handouts")))
                .examTips(Boolean.parseBoolean(in.getProperty("examTips")))
                .quizAnswers(QuizAnswers.valueOf(in.getProperty("quizAnswers")))
                .numbering(Boolean.parseBoolean(in.getProperty("numbering")))
                .printLinkUrls(Boolean.parseBoolean(in.getProperty("printLinkUrls")))
                .duplex(Boolean.parseBoolean(in.getProperty("duplex")))
                .pdfUA(Boolean.parseBoolean(in.getProperty("pdfUA")))
                .pdfA(Boolean.parseBoolean(in.getProperty("pdfA")))
                .projectDirectory(Path.of(in.getProperty("projectDirectory")))
                .fonts(list(in, "fonts"))
                .codeFonts(list(in, "codeFonts"));
        if (in.getProperty("outputTimestamp") != null) {
            config.outputTimestamp(Instant.parse(in.getProperty("outputTimestamp")));
        }
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        for (String name : in.stringPropertyNames()) {
            if (name.startsWith("label.")) {
                labels.put(name.substring("label.".length()), in.getProperty(name));
            }
        }
        config.labels(labels);
        if (in.getProperty("coverImage") != null) {
            config.coverImage(Path.of(in.getProperty("coverImage")));
        }
        return config.build();
    }

    private static void putList(Properties out, String key, List<String> values) {
        out.setProperty(key + ".count", Integer.toString(values.size()));
        for (int i = 0; i < values.size(); i++) {
            out.setProperty(key + "." + i, values.get(i));
        }
    }

    private static List<String> list(Properties in, String key) {
        int count = Integer.parseInt(in.getProperty(key + ".count"));
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.getProperty(key + "." + i));
        }
        return values;
    }
}
