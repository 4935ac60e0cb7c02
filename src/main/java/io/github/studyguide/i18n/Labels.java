package io.github.studyguide.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the plugin itself prints in a guide ("Contents", "Answer Key", "Question 3", ...), in the guide's
 * language, from the bundle {@code labels_<language>.properties} beside this class, with the author's
 * {@code labels} on top. Immutable and thread-safe.
 */
public final class Labels {

    /** The languages with a bundle, as their tags name them. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk",
            "tr", "ja", "zh-Hans", "zh-Hant", "ko", "ar", "he", "hi");

    /**
     * The labels an author may override, each printed by the plugin: the guides' own parts, the kinds of lesson,
     * the call-out titles (a box without a title of its own), the words around images and answers, the EPUB's
     * landmarks, and the titles of the study aids' boxes.
     */
    public static final Set<String> KEYS = Set.of("contents", "version", "section", "answerKey", "examTips",
            "question", "handsOn", "quiz", "exercise", "solution", "hint", "keyPoints", "objectives", "questions",
            "instructorNote", "instructorEdition", "note", "tip", "important", "warning", "caution", "noneMarked",
            "image", "imageNotShown", "cover", "titlePage", "start", "learnerResources", "goToPage", "goTo", "landmarks");

    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

    private static final Labels ENGLISH = new Labels("en", bundle("en"));

    private final String bundleLanguage;
    private final Map<String, String> texts;

    private Labels(String bundleLanguage, Map<String, String> texts) {
        this.bundleLanguage = bundleLanguage;
        this.texts = Map.copyOf(texts);
    }

    /** The English labels, as the plugin printed them before it spoke other languages. */
    public static Labels english() {
        return ENGLISH;
    }

    /**
     * The labels for a guide.
     *
     * @param languageTag the guide's {@code language}, a BCP 47 tag
     * @param overrides the author's {@code labels}, by key
     * @param warnings where to add what the author should know: a language without a bundle, an unknown key
     */
    public static Labels of(String languageTag, Map<String, String> overrides, List<String> warnings) {
        Optional<String> language = bundleFor(languageTag);
        if (language.isEmpty()) {
            warnings.add("language " + languageTag + " has no translation of the guides' own words (Contents, Answer"
                    + " Key, ...), so they stay English; the plugin has " + String.join(", ", LANGUAGES)
                    + ", and the labels parameter sets any word");
        }
        Map<String, String> texts = new TreeMap<>(bundle(language.orElse("en")));
        for (Map.Entry<String, String> override : new TreeMap<>(overrides).entrySet()) {
            if (!KEYS.contains(override.getKey())) {
                warnings.add("labels: " + override.getKey() + " is not a label, so it is ignored; the labels are "
                        + String.join(", ", new TreeSet<>(KEYS)));
            } else if (override.getValue() != null && !override.getValue().isBlank()) {
                texts.put(override.getKey(), override.getValue().trim());
            }
        }
        return new Labels(language.orElse("en"), texts);
    }

    /**
     * The bundle for a tag: its language and script or region where that matters (Chinese), else its language.
     * {@code zh}, {@code zh-CN} and {@code zh-SG} read Simplified Chinese; {@code zh-TW}, {@code zh-HK} and
     * {@code zh-MO} Traditional.
     */
    static Optional<String> bundleFor(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag.replace('_', '-'));
        String language = locale.getLanguage();
        if (language.equals("zh")) {
            String script = locale.getScript();
            String region = locale.getCountry();
            boolean traditional = script.equals("Hant")
                    || script.isEmpty() && Set.of("TW", "HK", "MO").contains(region);
            return Optional.of(traditional ? "zh-Hant" : "zh-Hans");
        }
        // Java still knows Hebrew by its old code iw when asked in some ways; the tag the author wrote is he.
        if (language.equals("iw")) {
            language = "he";
        }
        return LANGUAGES.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** Every bundle's entries, by language, for the study aids' keywords. */
    static Map<String, Map<String, String>> allBundles() {
        Map<String, Map<String, String>> all = new TreeMap<>();
        LANGUAGES.forEach(language -> all.put(language, bundle(language)));
        return all;
    }

    private static Map<String, String> bundle(String language) {
        return BUNDLES.computeIfAbsent(language, Labels::read);
    }

    private static Map<String, String> read(String language) {
        String name = "labels_" + language + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the plugin");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " from the plugin", e);
        }
    }

    /** The language whose bundle these labels come from: {@code en} for a language the plugin does not speak. */
    public String bundleLanguage() {
        return bundleLanguage;
    }

    public String contents() {
        return texts.get("contents");
    }

    public String version() {
        return texts.get("version");
    }

    public String answerKey() {
        return texts.get("answerKey");
    }

    public String examTips() {
        return texts.get("examTips");
    }

    public String handsOn() {
        return texts.get("handsOn");
    }

    public String quiz() {
        return texts.get("quiz");
    }

    public String solution() {
        return texts.get("solution");
    }

    public String hint() {
        return texts.get("hint");
    }

    public String keyPoints() {
        return texts.get("keyPoints");
    }

    public String objectives() {
        return texts.get("objectives");
    }

    /** The title of a lesson's opening questions (a Carpentries {@code questions} div). */
    public String questions() {
        return texts.get("questions");
    }

    public String instructorNote() {
        return texts.get("instructorNote");
    }

    /** What the instructor's edition adds to the guide's title. */
    public String instructorEdition() {
        return texts.get("instructorEdition");
    }

    /** "Exercise 7.2.1", or its translation. */
    public String exercise(Object number) {
        return texts.get("exercise").replace("{0}", String.valueOf(number));
    }

    /**
     * A call-out's title when its author gave none: "Note", "Tip", "Important", "Warning" or "Caution", or its
     * translation.
     *
     * @param kind the kind's name, in any case ({@code NOTE})
     */
    public String callout(String kind) {
        return texts.get(kind.toLowerCase(Locale.ROOT));
    }

    /** In the answer key, for a question none of whose options is marked correct: "none marked". */
    public String noneMarked() {
        return texts.get("noneMarked");
    }

    /** What stands for an image whose file is missing and which has no alt text: "image", shown as "[image]". */
    public String image() {
        return texts.get("image");
    }

    /** What stands where an image the guides cannot show was: "Image not shown". */
    public String imageNotShown() {
        return texts.get("imageNotShown");
    }

    /** The EPUB's landmark for the cover, and the cover image's alt text: "Cover". */
    public String cover() {
        return texts.get("cover");
    }

    /** The EPUB's landmark for the title page: "Title Page". */
    public String titlePage() {
        return texts.get("titlePage");
    }

    /** The EPUB's landmark for the first section, where reading starts: "Start". */
    public String start() {
        return texts.get("start");
    }

    /** The section The Carpentries' learner pages make: "Learner Resources". */
    public String learnerResources() {
        return texts.get("learnerResources");
    }

    /** A PDF link's description for screen readers: "Go to page 12". */
    public String goToPage(int page) {
        return texts.get("goToPage").replace("{0}", Integer.toString(page));
    }

    /** A contents line's link description for screen readers: "Go to 2.1 Setup". */
    public String goTo(String target) {
        return texts.get("goTo").replace("{0}", target);
    }

    /** The EPUB's navigation of landmarks, as screen readers announce it: "Landmarks". */
    public String landmarks() {
        return texts.get("landmarks");
    }

    /** The label of a key of {@link #KEYS}, as it stands in the bundle or the author gave it ({@code {0}} kept). */
    public String text(String key) {
        return texts.get(key);
    }

    /** "Section 7", or its translation. */
    public String section(Object number) {
        return texts.get("section").replace("{0}", String.valueOf(number));
    }

    /** "Question 3", or its translation. */
    public String question(Object number) {
        return texts.get("question").replace("{0}", String.valueOf(number));
    }

    /** Every label, for cache keys: the same words give the same key. */
    public String fingerprint() {
        List<String> entries = new ArrayList<>();
        new TreeMap<>(texts).forEach((key, text) -> entries.add(key + "=" + text));
        return String.join("\n", entries);
    }
}
