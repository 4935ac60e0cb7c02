package io.github.studyguide.epub;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.github.studyguide.GuideInfo;
import io.github.studyguide.i18n.Labels;
import io.github.studyguide.i18n.TextDirection;
import io.github.studyguide.internal.Resources;
import io.github.studyguide.output.AtomicOutput;
import io.github.studyguide.refs.ReferenceResolver;
import io.github.studyguide.render.Outline;
import io.github.studyguide.render.RenderedCourse;
import io.github.studyguide.xhtml.SharedStyles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static io.github.studyguide.xhtml.XmlText.escape;

/**
 * Writes the course as an EPUB 3 book that EPUB 2 reading systems can still read: a title page, a contents page,
 * one content document per section opening and per lesson, navigation nested section → lesson in reading order
 * (an EPUB 3 navigation document and an EPUB 2 NCX), accessibility metadata derived from the content, and a
 * stylesheet. The files are modelled with epub4j and packaged by {@link EpubPackage}, so that the same guide gives
 * the same bytes.
 */
public final class EpubGuideWriter {

    /** The style sheet, relative to the package document and to the content documents in {@code text/}. */
    private static final String STYLESHEET_HREF = "styles/guide.css";
    private static final byte[] STYLESHEET =
            (Resources.text(EpubGuideWriter.class, "guide.css") + SharedStyles.CSS).getBytes(StandardCharsets.UTF_8);

    /** A {@code <pre>} start tag that names no direction of its own. */
    private static final Pattern CODE_BLOCK_WITHOUT_DIRECTION = Pattern.compile("<pre(?=[\\s>/])(?![^>]*\\sdir=)");

    private final GuideInfo info;
    private final Optional<Path> coverImage;
    private final Path sourceDirectory;
    private final Optional<String> accessibilitySummary;
    private final Optional<String> accessibilityCertifiedBy;

    /**
     * @param info what the title page and metadata say
     * @param coverImage the book's cover, if any: shown by e-readers in their library and as the first page
     * @param sourceDirectory the lesson folder, against which the lessons' images resolve
     * @param accessibilitySummary the user's accessibility summary; when empty, one is generated from the content
     * @param accessibilityCertifiedBy who certified the guide's accessibility, when the user claims conformance
     */
    public EpubGuideWriter(GuideInfo info, Optional<Path> coverImage, Path sourceDirectory,
            Optional<String> accessibilitySummary, Optional<String> accessibilityCertifiedBy) {
        this.info = info;
        this.coverImage = coverImage;
        this.sourceDirectory = sourceDirectory;
        this.accessibilitySummary = accessibilitySummary;
        this.accessibilityCertifiedBy = accessibilityCertifiedBy;
    }

    /** Writes the course to {@code target}, replacing it only once the EPUB is complete. */
    public void write(RenderedCourse course, Path target) throws IOException {
        Book book = new Book();
        book.addResource(new Resource(STYLESHEET, STYLESHEET_HREF));
        List<String> bodies = new ArrayList<>();
        List<Landmark> landmarks = new ArrayList<>();

        if (coverImage.isPresent()) {
            String name = coverImage.get().getFileName().toString().toLowerCase(Locale.ROOT);
            String href = "images/cover" + name.substring(name.lastIndexOf('.')).replace(".jpeg", ".jpg");
            book.setCoverImage(new Resource(Files.readAllBytes(coverImage.get()), href));
            String body = "<section class=\"cover\" epub:type=\"cover\"><img src=\"../" + href + "\" alt=\""
                    + escape(info.title()) + "\" role=\"doc-cover\" /></section>";
            bodies.add(body);
            Resource coverPage = document("text/cover.xhtml", info.title(), body);
            book.setCoverPage(coverPage);
            book.getSpine().addResource(coverPage);
            landmarks.add(new Landmark("cover", info.labels().cover(), coverPage.getHref()));
        }
        String titleBody = titlePageBody();
        bodies.add(titleBody);
        Resource titlePage = document("text/title.xhtml", info.title(), titleBody);
        BookSections sections = new BookSections(book);
        sections.add(info.title(), titlePage);
        landmarks.add(new Landmark("titlepage", info.labels().titlePage(), titlePage.getHref()));

        ContentLinks links = new ContentLinks(book, ReferenceResolver.baseOf(sourceDirectory));
        List<Outline.Entry> outline = Outline.of(course, info.labels());
        outline.stream().filter(entry -> !entry.kind().insideLesson())
                .forEach(entry -> links.register(entry.anchor(), entry.xhtml(true)));
        TOCReference sectionEntry = null;
        TOCReference lessonEntry = null;
        Resource lessonDocument = null;
        for (Outline.Entry entry : outline) {
            String anchor = entry.anchor();
            if (entry.kind().insideLesson()) {
                sections.addPlace(lessonEntry, entry.title(), lessonDocument, anchor);
                continue;
            }
            boolean rightToLeft = entry.direction().map("rtl"::equals)
                    .orElseGet(() -> TextDirection.isRightToLeft(info.language()));
            String body = wrap(Kind.of(entry.kind()), anchor, entry.direction(), rightToLeft,
                    links.adapt(anchor, entry.xhtml(true)));
            bodies.add(body);
            Resource document = document("text/" + ContentLinks.fileOf(anchor), entry.title(), body);
            if (entry.kind().topLevel()) {
                sectionEntry = sections.add(entry.title(), document);
            } else {
                lessonEntry = sections.add(sectionEntry, entry.title(), document);
                lessonDocument = document;
            }
            landmark(entry, document, info.labels()).filter(landmark -> !landmark.type().equals("bodymatter")
                    || landmarks.stream().noneMatch(other -> other.type().equals("bodymatter")))
                    .ifPresent(landmarks::add);
        }

        sections.complete();
        AccessibilityMetadata accessibility = AccessibilityMetadata.of(bodies, accessibilitySummary);
        byte[] epub = EpubPackage.write(book, info, accessibility, accessibilityCertifiedBy, info.labels().contents(),
                STYLESHEET_HREF, titlePage, landmarks);
        AtomicOutput.write(target, out -> out.write(epub));
    }

    private String titlePageBody() {
        StringBuilder body = new StringBuilder("<section class=\"title-page\" epub:type=\"titlepage\">\n")
                .append("<h1 class=\"guide-title\">").append(escape(info.title())).append("</h1>\n");
        info.author().ifPresent(author -> body.append("<p class=\"guide-author\">").append(escape(author)).append("</p>\n"));
        info.version().ifPresent(version -> body.append("<p class=\"guide-version\">").append(escape(info.labels().version())).append(' ').append(escape(version)).append("</p>\n"));
        return body.append("<p class=\"guide-date\">").append(escape(info.displayDate())).append("</p>\n</section>").toString();
    }

    /**
     * The landmark an entry is: the first section opens the body matter, and answer keys and appendices are
     * appendices.
     */
    private static Optional<Landmark> landmark(Outline.Entry entry, Resource document, Labels labels) {
        return switch (entry.kind()) {
            case SECTION -> Optional.of(new Landmark("bodymatter", labels.start(), document.getHref()));
            case LESSON, OPENING -> Optional.empty();
            case ANSWER_KEY -> Optional.of(new Landmark("appendix", entry.title() + ": "
                    + entry.section().orElseThrow().section().heading(labels), document.getHref()));
            case APPENDIX -> Optional.of(new Landmark("appendix", entry.title(), document.getHref()));
        };
    }

    /** What a content document is, as its CSS class, EPUB structural semantics and ARIA role say. */
    private enum Kind {
        SECTION("section", "part", "doc-part"),
        LESSON("lesson", "chapter", "doc-chapter"),
        // An answer key is supplementary material after the section's lessons; DPUB-ARIA has no role of its own.
        ANSWER_KEY("lesson answer-key", "appendix", "doc-appendix"),
        APPENDIX("section appendix", "appendix", "doc-appendix");

        final String cssClass;
        final String epubType;
        final String role;

        Kind(String cssClass, String epubType, String role) {
            this.cssClass = cssClass;
            this.epubType = epubType;
            this.role = role;
        }

        static Kind of(Outline.Kind kind) {
            return valueOf(kind.name());
        }
    }

    /**
     * Puts a fragment, which opens with its heading anchored at {@code anchor}, in a section that names what it is
     * and is labelled by that heading, as screen readers announce it, with the text direction a lesson's front
     * matter gives.
     */
    private static String wrap(Kind kind, String anchor, Optional<String> direction, boolean rightToLeft,
            String fragment) {
        String html = Html5Markup.of(fragment);
        if (rightToLeft) {
            // Code reads left to right in a right-to-left lesson too, as in the PDF. EPUB style sheets may not set
            // CSS direction (EPUBCheck CSS-001), so the blocks say it themselves.
            html = CODE_BLOCK_WITHOUT_DIRECTION.matcher(html).replaceAll("<pre dir=\"ltr\"");
        }
        return "<section class=\"" + kind.cssClass + "\" epub:type=\"" + kind.epubType + "\" role=\"" + kind.role
                + "\" aria-labelledby=\"" + escape(anchor) + "\"" + direction.map(dir -> " dir=\"" + dir + "\"").orElse("")
                + ">\n" + html + "\n</section>";
    }

    private Resource document(String href, String title, String bodyXhtml) {
        String xhtml = ContentDocument.of(info.language(), title, "../" + STYLESHEET_HREF, bodyXhtml);
        return new Resource(xhtml.getBytes(StandardCharsets.UTF_8), href);
    }
}
