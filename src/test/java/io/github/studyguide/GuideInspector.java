package io.github.studyguide;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Reads guides the way a user checks them: the PDF's text page by page and its bookmarks (PDFBox), the EPUB's
 * table of contents and W3C EPUBCheck's verdict. Shared by unit tests and the invoker tests' verify scripts.
 */
public final class GuideInspector {

    private GuideInspector() {
    }

    /** The extracted text of each page, first page first. */
    public static List<String> pdfPages(File pdf) throws IOException {
        return pageTexts(pdf, true);
    }

    /**
     * The extracted text of each page in the order it is drawn, not sorted by position: on a sheet of several
     * pages, one page's text after the other's, as a viewer that follows the content reads it.
     */
    public static List<String> pdfPagesInDrawingOrder(File pdf) throws IOException {
        return pageTexts(pdf, false);
    }

    private static List<String> pageTexts(File pdf, boolean sortByPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sortByPosition);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Each page's size in whole points, as "width x height", first page first. */
    public static List<String> pdfPageSizes(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(Math.round(page.getMediaBox().getWidth()) + " x " + Math.round(page.getMediaBox().getHeight()));
            }
            return sizes;
        }
    }

    /**
     * What {@code qpdf --check} finds wrong with the PDF, one line each: its errors and warnings, less the one
     * warning every PDF that PDFBox saves with object streams gets (its cross-reference stream leaves itself out of
     * its /Index, so /Size is one more than qpdf expects; harmless, qpdf/qpdf#1292). Empty when the PDF passes;
     * null when qpdf is not installed.
     */
    public static List<String> qpdfProblems(File pdf) throws IOException, InterruptedException {
        Process qpdf;
        try {
            qpdf = new ProcessBuilder("qpdf", "--check", pdf.getPath()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String output = new String(qpdf.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = qpdf.waitFor();
        List<String> problems = new ArrayList<>(output.lines()
                .filter(line -> line.startsWith("WARNING"))
                .filter(line -> !line.matches("WARNING: .*: reported number of objects \\(\\d+\\) is not one plus the"
                        + " highest object number \\(\\d+\\)"))
                .toList());
        // 0: passed; 3: passed with warnings, listed above; anything else: errors.
        if (exit != 0 && exit != 3) {
            problems.add("qpdf exited with " + exit + ": " + output);
        }
        return problems;
    }

    /**
     * Where the text on each page starts, in points from the page's left edge: the left margin, as a reader measures
     * it. {@code -1} for a page without text.
     */
    public static List<Float> pdfTextLeftEdges(File pdf) throws IOException {
        return textEdges(pdf, false);
    }

    /**
     * Where the text on each page ends, in points from the page's right edge: text cut off by the paper's edge gives
     * a negative number. {@code -1} for a page without text.
     */
    public static List<Float> pdfTextRightMargins(File pdf) throws IOException {
        return textEdges(pdf, true);
    }

    private static List<Float> textEdges(File pdf, boolean right) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Float> edges = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                float[] edge = {Float.MAX_VALUE};
                float width = document.getPage(page - 1).getMediaBox().getWidth();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        positions.forEach(position -> edge[0] = Math.min(edge[0], right
                                ? width - position.getXDirAdj() - position.getWidthDirAdj() : position.getXDirAdj()));
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                edges.add(edge[0] == Float.MAX_VALUE ? -1f : edge[0]);
            }
            return edges;
        }
    }

    /**
     * Where each character on a page is first drawn: its left edge in points from the page's left edge, by the
     * character as a reader gets it back (an Arabic letter's joined form as the letter: NFKC).
     *
     * @param pageIndex the page, from 0
     */
    public static Map<String, Float> pdfGlyphLefts(File pdf, int pageIndex) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Float> lefts = new LinkedHashMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition position) {
                    String text = java.text.Normalizer.normalize(position.getUnicode(), java.text.Normalizer.Form.NFKC);
                    text.codePoints().forEach(c -> lefts.putIfAbsent(new String(Character.toChars(c)), position.getXDirAdj()));
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(document);
            return lefts;
        }
    }

    /**
     * The rules of a PDF standard that veraPDF finds broken, one line each ("7.1-3: description (N failures)");
     * empty when the PDF conforms.
     *
     * @param flavour "ua1" for PDF/UA-1, "2u" for PDF/A-2u
     */
    public static List<String> veraPdf(File pdf, String flavour) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var profile = org.verapdf.pdfa.flavours.PDFAFlavour.fromString(flavour);
        try (var foundry = org.verapdf.pdfa.Foundries.defaultInstance();
             var in = java.nio.file.Files.newInputStream(pdf.toPath());
             var parser = foundry.createParser(in, profile);
             var validator = foundry.createValidator(profile, false)) {
            var result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            result.getFailedChecks().forEach((id, count) -> {
                var rule = result.getValidationProfile().getRuleByRuleId(id);
                failed.add(id.getClause() + "-" + id.getTestNumber() + ": "
                        + (rule == null ? "?" : rule.getDescription().replaceAll("\\s+", " ").trim()) + " (" + count + " failures)");
            });
            failed.sort(null);
            return failed;
        }
    }

    /** The label a viewer shows for each page ("ii", "12"), first page first; page numbers when the PDF has none. */
    public static List<String> pdfPageLabels(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var labels = document.getDocumentCatalog().getPageLabels();
            if (labels == null) {
                List<String> numbers = new ArrayList<>();
                for (int i = 1; i <= document.getNumberOfPages(); i++) {
                    numbers.add(Integer.toString(i));
                }
                return numbers;
            }
            return List.of(labels.getLabelsByPageIndices());
        }
    }

    /** The bookmarks as "title" for top-level entries and "  title" for their children, in document order. */
    public static List<String> pdfBookmarks(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                collect(document.getDocumentCatalog().getDocumentOutline(), "", titles);
            }
            return titles;
        }
    }

    private static void collect(PDOutlineNode node, String indent, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            collect(item, indent + "  ", titles);
        }
    }

    /** The 1-based page each bookmark points to, in bookmark order. */
    public static List<Integer> pdfBookmarkPages(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Integer> pages = new ArrayList<>();
            collectPages(document, document.getDocumentCatalog().getDocumentOutline(), pages);
            return pages;
        }
    }

    private static void collectPages(PDDocument document, PDOutlineNode node, List<Integer> pages) throws IOException {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(document);
            pages.add(page == null ? -1 : document.getPages().indexOf(page) + 1);
            collectPages(document, item, pages);
        }
    }

    /** Every in-document link as "fromPage->toPage" (1-based), in page order: what a click in a viewer does. */
    public static List<String> pdfInternalLinks(File pdf) throws IOException {
        List<String> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                for (var annotation : document.getPage(i).getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) {
                        var destination = link.getDestination();
                        if (destination == null && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
                            destination = goTo.getDestination();
                        }
                        if (destination instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination page) {
                            int target = page.retrievePageNumber();
                            links.add((i + 1) + "->" + (target + 1));
                        }
                    }
                }
            }
        }
        return links;
    }

    /** How many images are drawn on each page, first page first. */
    public static List<Integer> pdfImagesPerPage(File pdf) throws IOException {
        return xObjectsPerPage(pdf, xObject -> xObject instanceof PDImageXObject);
    }

    /** How many vector drawings (form XObjects, as SVG images become) each page draws, first page first. */
    public static List<Integer> pdfDrawingsPerPage(File pdf) throws IOException {
        return xObjectsPerPage(pdf, xObject -> xObject instanceof PDFormXObject);
    }

    private static List<Integer> xObjectsPerPage(File pdf, Predicate<PDXObject> counted) throws IOException {
        List<Integer> counts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                int count = 0;
                for (var name : page.getResources().getXObjectNames()) {
                    if (counted.test(page.getResources().getXObject(name))) {
                        count++;
                    }
                }
                counts.add(count);
            }
        }
        return counts;
    }

    /** Names of fonts used on any page that are not embedded; empty for a guide that looks the same everywhere. */
    public static List<String> pdfFontsNotEmbedded(File pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null && !font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    /**
     * The alternative text of every element of the structure tree of type {@code type} ({@code Formula},
     * {@code Figure}), in the tree's order; empty for an untagged PDF.
     */
    public static List<String> pdfStructureAlts(File pdf, String type) throws IOException {
        List<String> alts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            java.util.Deque<Object> pending = new java.util.ArrayDeque<>();
            if (root != null) {
                pending.push(root);
            }
            while (!pending.isEmpty()) {
                var node = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode) pending.pop();
                List<Object> kids = new ArrayList<>(node.getKids());
                java.util.Collections.reverse(kids);
                for (Object kid : kids) {
                    if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                        pending.push(element);
                    }
                }
                if (node instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element
                        && type.equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
            }
        }
        return alts;
    }

    /**
     * The PostScript names of the font files embedded in the PDF, without their subset tags, one entry per file, in
     * name order: a font embedded twice is named twice.
     */
    public static List<String> pdfEmbeddedFontFiles(File pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                if (document.getDocument().getObjectFromPool(key).getObject() instanceof COSDictionary dictionary
                        && COSName.FONT_DESC.equals(dictionary.getCOSName(COSName.TYPE))
                        && dictionary.getDictionaryObject(COSName.FONT_FILE2) != null) {
                    String name = dictionary.getNameAsString(COSName.FONT_NAME);
                    names.add(name.substring(name.indexOf('+') + 1));
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The EPUB's table of contents from its NCX, children indented by two spaces, in reading order. */
    public static List<String> epubToc(File epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub)) {
            ZipEntry ncx = zip.stream().filter(e -> e.getName().endsWith(".ncx")).findFirst()
                    .orElseThrow(() -> new AssertionError("no NCX in " + epub));
            try (InputStream in = zip.getInputStream(ncx)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                Element navMap = (Element) factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "navMap").item(0);
                List<String> titles = new ArrayList<>();
                collectNavPoints(navMap, "", titles);
                return titles;
            }
        }
    }

    private static void collectNavPoints(Element parent, String indent, List<String> titles) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && "navPoint".equals(child.getLocalName())) {
                Element label = (Element) child.getElementsByTagNameNS("*", "text").item(0);
                titles.add(indent + label.getTextContent().trim());
                collectNavPoints(child, indent + "  ", titles);
            }
        }
    }

    /** The text of one file of an EPUB, by its name in the zip. */
    public static String epubFile(File epub, String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub)) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new AssertionError("no " + name + " in " + epub);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The package document's metadata as {@code name=value} lines in document order: Dublin Core elements by
     * their name ({@code dc:title=...}), EPUB 3 {@code meta} elements by their property ({@code schema:accessMode=...}).
     */
    public static List<String> epubMetadata(File epub) throws Exception {
        Element metadata = (Element) parse(epubFile(epub, "OEBPS/content.opf")).getElementsByTagNameNS("*", "metadata").item(0);
        List<String> lines = new ArrayList<>();
        NodeList children = metadata.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                String name = child.hasAttribute("property") ? child.getAttribute("property") : child.getTagName();
                if (child.hasAttribute("name")) {
                    lines.add("meta " + child.getAttribute("name") + "=" + child.getAttribute("content"));
                } else {
                    lines.add(name + "=" + child.getTextContent().trim());
                }
            }
        }
        return lines;
    }

    /**
     * The navigation document's {@code nav} of the given {@code epub:type} ({@code toc}, {@code landmarks}): each
     * entry's text, children indented by two spaces, in order; landmarks as {@code type text -> href}.
     */
    public static List<String> epubNav(File epub, String type) throws Exception {
        NodeList navs = parse(epubFile(epub, "OEBPS/nav.xhtml")).getElementsByTagNameNS("*", "nav");
        for (int i = 0; i < navs.getLength(); i++) {
            Element nav = (Element) navs.item(i);
            if (type.equals(nav.getAttributeNS("http://www.idpf.org/2007/ops", "type"))) {
                List<String> entries = new ArrayList<>();
                collectNavItems((Element) nav.getElementsByTagNameNS("*", "ol").item(0), "", entries);
                return entries;
            }
        }
        throw new AssertionError("no " + type + " nav in " + epub);
    }

    private static void collectNavItems(Element list, String indent, List<String> entries) {
        NodeList items = list.getChildNodes();
        for (int i = 0; i < items.getLength(); i++) {
            if (items.item(i) instanceof Element item && "li".equals(item.getLocalName())) {
                Element link = (Element) item.getElementsByTagNameNS("*", "a").item(0);
                String type = link.getAttributeNS("http://www.idpf.org/2007/ops", "type");
                entries.add(indent + (type.isEmpty() ? "" : type + " ") + link.getTextContent().trim()
                        + (type.isEmpty() ? "" : " -> " + link.getAttribute("href")));
                NodeList children = item.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if (children.item(j) instanceof Element child && "ol".equals(child.getLocalName())) {
                        collectNavItems(child, indent + "  ", entries);
                    }
                }
            }
        }
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** All XHTML content documents of an EPUB, concatenated, for checks on what reached the reader. */
    public static String epubText(File epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub)) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".xhtml")).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * EPUBCheck's findings at warning level and above, and its usage messages (advice, such as a deprecated
     * {@code epub:type}); an empty list means 0 errors, 0 warnings and 0 usage messages.
     */
    public static List<String> epubCheck(File epub) {
        CollectingReport report = new CollectingReport();
        report.setReportingLevel(com.adobe.epubcheck.util.ReportingLevel.Usage);
        new EpubCheck(epub, report).doValidate();
        if (report.messages.isEmpty() && (report.getErrorCount() + report.getWarningCount() + report.getFatalErrorCount()) > 0) {
            report.messages.add("EPUBCheck counted problems it did not describe");
        }
        return report.messages;
    }

    private static final class CollectingReport extends MasterReport {
        private final List<String> messages = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.ERROR || severity == Severity.FATAL || severity == Severity.WARNING
                    || severity == Severity.USAGE) {
                messages.add(severity + " " + message.getID() + " " + location.getPath() + ":" + location.getLine()
                        + ":" + location.getColumn() + " " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }

    /**
     * The header lines of an Anki text-import file ({@code #key:value}), in order, as Anki's importer reads them
     * before the first card.
     */
    public static List<String> ankiHeaders(File deck) throws IOException {
        List<String> headers = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(deck.toPath(), java.nio.charset.StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            headers.add(line);
        }
        return headers;
    }

    /**
     * The cards of an Anki text-import file with {@code #separator:tab}, parsed by the documented format (Anki's
     * manual, "Importing text files"): after the {@code #} header lines, one record a line, fields separated by
     * tabs; a field that opens with a double quote runs to the closing quote, may hold tabs and line breaks, and
     * writes a quote as two. Each card is its list of fields.
     */
    public static List<List<String>> ankiCards(File deck) throws IOException {
        String text = java.nio.file.Files.readString(deck.toPath(), java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length() && text.charAt(start) == '#') {
            start = text.indexOf('\n', start) + 1;
        }
        List<List<String>> cards = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean opened = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !opened) {
                quoted = true;
                opened = true;
            } else if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
                opened = false;
            } else if (c == '\n') {
                fields.add(field.toString());
                cards.add(List.copyOf(fields));
                fields.clear();
                field.setLength(0);
                opened = false;
            } else {
                field.append(c);
                opened = true;
            }
        }
        if (quoted) {
            throw new IOException("a quoted field is never closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            cards.add(List.copyOf(fields));
        }
        return cards;
    }
}
