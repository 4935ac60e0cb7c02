package io.github.studyguide.epub;


import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Date;
import io.documentnode.epub4j.domain.GuideReference;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.Metadata;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubWriter;
import io.github.studyguide.GuideInfo;
import io.github.studyguide.course.ReferenceResolver;
import io.github.studyguide.html.Appendix;
import io.github.studyguide.html.RenderedCourse;
import io.github.studyguide.html.RenderedLesson;
import io.github.studyguide.html.RenderedSection;
import io.github.studyguide.html.SyntaxColours;
import io.github.studyguide.i18n.TextDirection;
import io.github.studyguide.internal.Resources;
import io.github.studyguide.output.AtomicOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static io.github.studyguide.html.XmlText.escape;
import static io.github.studyguide.html.XmlText.replaceAll;

/**
 * Writes the course as an EPUB 2 book with epub4j: a title page, one content document per section opening and per
 * lesson, an NCX table of contents nested section → lesson in reading order, and a stylesheet. The zip is then
 * rewritten by {@link ReproducibleZip} so that the same guide gives the same bytes.
 */
public final class EpubGuideWriter {

    private static final String STYLESHEET_HREF = "styles/guide.css";
    private static final byte[] STYLESHEET =
            (Resources.text(EpubGuideWriter.class, "guide.css") + SyntaxColours.CSS).getBytes(StandardCharsets.UTF_8);
    private static final Pattern OL_START = Pattern.compile("(<ol\\b[^>]*?)\\s+start=\"[^\"]*\"");

    private final GuideInfo info;
    private final Optional<Path> coverImage;
    private final Path sourceDirectory;

    /**
     * @param info what the title page and metadata say
     * @param coverImage the book's cover, if any: shown by e-readers in their library and as the first page
     * @param sourceDirectory the lesson folder, against which the lessons' images resolve
     */
    public EpubGuideWriter(GuideInfo info, Optional<Path> coverImage, Path sourceDirectory) {
        this.info = info;
        this.coverImage = coverImage;
        this.sourceDirectory = sourceDirectory;
    }

    /** Writes the course to {@code target}, replacing it only once the EPUB is complete. */
    public void write(RenderedCourse course, Path target) throws IOException {
        Book book = new Book();
        describe(book.getMetadata());
        book.addResource(new Resource(STYLESHEET, STYLESHEET_HREF));

        if (coverImage.isPresent()) {
            String name = coverImage.get().getFileName().toString().toLowerCase(Locale.ROOT);
            String href = "images/cover" + name.substring(name.lastIndexOf('.')).replace(".jpeg", ".jpg");
            book.setCoverImage(new Resource(Files.readAllBytes(coverImage.get()), href));
            Resource coverPage = document("text/cover.xhtml", info.title(),
                    "<div class=\"cover\"><img src=\"../" + href + "\" alt=\"" + escape(info.title()) + "\" /></div>");
            book.setCoverPage(coverPage);
            book.getSpine().addResource(coverPage);
        }
        Resource titlePage = document("text/title.xhtml", info.title(), titlePageBody());
        BookSections sections = new BookSections(book);
        sections.add(info.title(), titlePage);
        book.getGuide().addReference(new GuideReference(titlePage, GuideReference.TITLE_PAGE, info.title()));

        ContentLinks links = new ContentLinks(book, ReferenceResolver.baseOf(sourceDirectory));
        for (RenderedSection section : course.sections()) {
            links.register(section.section().anchorId(), section.openingXhtml());
            for (RenderedLesson lesson : section.lessons()) {
                links.register(lesson.lesson().anchorId(), lesson.xhtml());
            }
            if (section.hasAnswerKey()) {
                links.register(section.answerKeyAnchor(), section.answerKeyXhtml());
            }
        }
        for (Appendix appendix : course.appendices()) {
            links.register(appendix.anchor(), appendix.xhtml(true));
        }
        boolean first = true;
        for (RenderedSection section : course.sections()) {
            String anchor = section.section().anchorId();
            Resource opening = document("text/" + ContentLinks.fileOf(anchor), section.section().heading(),
                    wrap("section", links.adapt(anchor, section.openingXhtml())));
            TOCReference sectionEntry = sections.add(section.section().heading(), opening);
            if (first) {
                book.getGuide().addReference(new GuideReference(opening, GuideReference.TEXT, "Start"));
                first = false;
            }
            for (RenderedLesson lesson : section.lessons()) {
                String lessonAnchor = lesson.lesson().anchorId();
                Resource page = document("text/" + ContentLinks.fileOf(lessonAnchor), lesson.title(),
                        wrap("lesson", lesson.lesson().direction(), links.adapt(lessonAnchor, lesson.xhtml())));
                sections.add(sectionEntry, lesson.title(), page);
            }
            if (section.hasAnswerKey()) {
                Resource answers = document("text/" + ContentLinks.fileOf(section.answerKeyAnchor()), info.labels().answerKey(),
                        wrap("lesson answer-key", links.adapt(section.answerKeyAnchor(), section.answerKeyXhtml())));
                sections.add(sectionEntry, info.labels().answerKey(), answers);
            }
        }

        for (Appendix appendix : course.appendices()) {
            Resource document = document("text/" + ContentLinks.fileOf(appendix.anchor()), appendix.title(),
                    wrap("section appendix", links.adapt(appendix.anchor(), appendix.xhtml(true))));
            sections.add(appendix.title(), document);
        }

        sections.complete();
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        new EpubWriter().write(book, raw);
        byte[] epub = ReproducibleZip.rewrite(raw.toByteArray(), info.date());
        AtomicOutput.write(target, out -> out.write(epub));
    }

    private void describe(Metadata metadata) {
        metadata.addTitle(info.title());
        info.author().ifPresent(author -> metadata.addAuthor(new Author(author)));
        metadata.setLanguage(info.language());
        String uuid = info.identifier().replaceFirst("^urn:uuid:", "");
        // Replaces the random identifier epub4j would otherwise make up on every build.
        metadata.setIdentifiers(List.of(new Identifier(Identifier.Scheme.UUID, uuid)));
        String day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(info.date());
        metadata.addDate(new Date(day, Date.Event.PUBLICATION));
    }

    private String titlePageBody() {
        StringBuilder body = new StringBuilder("<div class=\"title-page\">\n<p class=\"guide-title\">")
                .append(escape(info.title())).append("</p>\n");
        info.author().ifPresent(author -> body.append("<p class=\"guide-author\">").append(escape(author)).append("</p>\n"));
        info.version().ifPresent(version -> body.append("<p class=\"guide-version\">").append(escape(info.labels().version())).append(' ').append(escape(version)).append("</p>\n"));
        return body.append("<p class=\"guide-date\">").append(escape(info.displayDate())).append("</p>\n</div>").toString();
    }

    /**
     * Puts a fragment in a {@code div}, where XHTML 1.1 allows text beside blocks, and drops {@code ol start}, which
     * XHTML 1.1 lacks: e-readers number such a list from 1.
     */
    private static String wrap(String cssClass, String fragment) {
        return wrap(cssClass, Optional.empty(), fragment);
    }

    /** As {@link #wrap(String, String)}, with the text direction a lesson's front matter gives. */
    private static String wrap(String cssClass, Optional<String> direction, String fragment) {
        String withoutStart = replaceAll(fragment, "<ol", OL_START, match -> match.group(1));
        return "<div class=\"" + cssClass + "\"" + direction.map(dir -> " dir=\"" + dir + "\"").orElse("") + ">\n"
                + withoutStart + "\n</div>";
    }

    /** Wraps a fragment in an XHTML 1.1 content document, the markup EPUB 2 readers and EPUBCheck expect. */
    private Resource document(String href, String title, String bodyXhtml) {
        String language = escape(info.language());
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"" + language + "\""
                + (TextDirection.isRightToLeft(info.language()) ? " dir=\"rtl\"" : "") + ">\n<head>\n<title>"
                + escape(title) + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"../" + STYLESHEET_HREF
                + "\"/>\n</head>\n<body>\n" + bodyXhtml + "\n</body>\n</html>\n";
        return new Resource(xhtml.getBytes(StandardCharsets.UTF_8), href);
    }

}
