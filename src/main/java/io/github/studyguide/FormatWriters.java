package io.github.studyguide;

import io.github.studyguide.diagnostics.BuildLog;
import io.github.studyguide.diagnostics.GuideException;
import io.github.studyguide.epub.EpubGuideWriter;
import io.github.studyguide.flashcards.AnkiDeck;
import io.github.studyguide.internal.ConfiguredFonts;
import io.github.studyguide.internal.Futures;
import io.github.studyguide.output.AtomicOutput;
import io.github.studyguide.pdf.PreparedParts;
import io.github.studyguide.pdf.PdfGuideWriter;
import io.github.studyguide.pdf.PdfLayout;
import io.github.studyguide.pdf.handout.NupSheets;
import io.github.studyguide.render.RenderedCourse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static io.github.studyguide.internal.Text.count;

/**
 * The pipeline's last stage: writes the requested formats of a rendered course (the PDF with its handouts, sheets
 * and instructor's edition, the EPUB, the flashcards), each replacing the last good file only once it is whole.
 * Serves one build.
 */
final class FormatWriters {

    private final GuideConfig config;
    private final ConfiguredFonts fonts;
    private final BuildLog log;
    /** The PDF parts kept prepared between the builds of a watch session (empty for any other build). */
    private final PreparedParts prepared;
    /** The PDF's parts, and how many of them were laid out, once the PDF is written. */
    private int pdfParts;
    private int pdfPartsLaidOut;

    FormatWriters(GuideConfig config, ConfiguredFonts fonts, BuildLog log, PreparedParts prepared) {
        this.config = config;
        this.fonts = fonts;
        this.log = log;
        this.prepared = prepared;
    }

    int pdfParts() {
        return pdfParts;
    }

    int pdfPartsLaidOut() {
        return pdfPartsLaidOut;
    }

    /**
     * Writes the formats on one pool of threads. The PDF's parts are queued first and keep every thread busy; the
     * EPUB, queued behind them, then runs on the thread the PDF leaves idle while it joins its parts on this one. In
     * an edit rebuild, where nearly every part is cached, that is at once. With one thread, the formats are written
     * one after the other. Should one fail, the work still queued is dropped, and the work running ends before the
     * failure is reported.
     */
    Map<OutputFormat, Path> write(RenderedCourse rendered, Optional<RenderedCourse> instructors,
            GuideInfo info, String cacheSalt, Map<Integer, Path> handouts, StageTimes times)
            throws IOException, GuideException {
        Files.createDirectories(config.outputDirectory());
        Map<OutputFormat, Path> written = new EnumMap<>(OutputFormat.class);
        ExecutorService executor = Futures.pool(config.threads(), "studyguide-writer");
        Optional<PdfGuideWriter.Queued> pdf = Optional.empty();
        Optional<PdfGuideWriter.Queued> instructorPdf = Optional.empty();
        try {
            long pdfStart = System.nanoTime();
            if (config.formats().contains(OutputFormat.PDF)) {
                AtomicOutput.removeLeftovers(config.outputFile(OutputFormat.PDF));
                pdf = Optional.of(pdfWriter(info, "pdf", cacheSalt).queue(rendered, handouts, executor));
            }
            if (instructors.isPresent()) {
                AtomicOutput.removeLeftovers(config.instructorEditionFile().orElseThrow());
                GuideInfo edition = new GuideInfo(info.title() + " \u2014 " + info.labels().instructorEdition(),
                        info.author(), info.version(), info.language(), info.identifier(), info.date(), info.labels());
                instructorPdf = Optional.of(pdfWriter(edition, "instructor-pdf", cacheSalt)
                        .queue(instructors.get(), Map.of(), executor));
            }
            Future<Path> pendingEpub = config.formats().contains(OutputFormat.EPUB) && config.threads() > 1
                    ? executor.submit(() -> writeEpub(rendered, info, times)) : null;
            if (pdf.isPresent()) {
                Path target = config.outputFile(OutputFormat.PDF);
                pdf.get().finish(target);
                written.put(OutputFormat.PDF, target);
                pdfParts = pdf.get().parts();
                pdfPartsLaidOut = pdf.get().partsLaidOut();
                long pdfMillis = (System.nanoTime() - pdfStart) / 1_000_000;
                times.put(OutputFormat.PDF.extension(), pdfMillis);
                logWritten(OutputFormat.PDF, pdfMillis, handouts.isEmpty() ? "" : " with " + count(handouts.size(), "handout"));
                if (config.handoutSheetsFile().isPresent()) {
                    writeSheets(target, config.handoutSheetsFile().get(), times);
                }
            }
            if (instructorPdf.isPresent()) {
                long start = System.nanoTime();
                Path target = config.instructorEditionFile().orElseThrow();
                instructorPdf.get().finish(target);
                log.info("Wrote " + target + " (" + Files.size(target) / 1024 + " KB) in "
                        + times.record("instructor", start) + " ms");
            }
            if (config.formats().contains(OutputFormat.EPUB)) {
                written.put(OutputFormat.EPUB, pendingEpub != null ? Futures.await(pendingEpub)
                        : writeEpub(rendered, info, times));
            }
            if (config.formats().contains(OutputFormat.FLASHCARDS)) {
                long start = System.nanoTime();
                Path target = config.outputFile(OutputFormat.FLASHCARDS);
                AtomicOutput.removeLeftovers(target);
                new AnkiDeck(info).write(rendered, target);
                written.put(OutputFormat.FLASHCARDS, target);
                logWritten(OutputFormat.FLASHCARDS, times.record("flashcards", start), "");
            }
            return written;
        } finally {
            Futures.shutDownAndWait(executor);
        }
    }

    private PdfGuideWriter pdfWriter(GuideInfo info, String cacheKind, String cacheSalt)
            throws GuideException, IOException {
        return new PdfGuideWriter(info, new PdfLayout(config.pageSize(), config.printLinkUrls(), config.coverImage(),
                config.duplex(), config.pdfUA(), config.pdfA(), config.pageBreaks(), fonts), config.sourceDirectory(),
                config.cacheFile(cacheKind), cacheSalt, config.threads(), log, prepared);
    }

    /**
     * Prints the finished guide's pages several to a sheet (handoutLayout), without laying them out again.
     */
    private void writeSheets(Path guide, Path target, StageTimes times) throws IOException {
        long start = System.nanoTime();
        AtomicOutput.removeLeftovers(target);
        int sheets = new NupSheets(config.handoutLayout(), config.pageSize()).write(guide, target);
        long millis = times.record(config.handoutLayout().toString(), start);
        log.info("Wrote " + target + " (" + count(sheets, "sheet") + ", " + Files.size(target) / 1024 + " KB) in "
                + millis + " ms");
    }

    private Path writeEpub(RenderedCourse rendered, GuideInfo info, StageTimes times) throws IOException {
        long start = System.nanoTime();
        Path target = config.outputFile(OutputFormat.EPUB);
        AtomicOutput.removeLeftovers(target);
        new EpubGuideWriter(info, config.coverImage(), config.sourceDirectory(), config.accessibilitySummary(),
                config.accessibilityCertifiedBy()).write(rendered, target);
        logWritten(OutputFormat.EPUB, times.record(OutputFormat.EPUB.extension(), start), "");
        return target;
    }

    private void logWritten(OutputFormat format, long millis, String extra) throws IOException {
        Path target = config.outputFile(format);
        log.info("Wrote " + target + " (" + Files.size(target) / 1024 + " KB) in " + millis + " ms" + extra);
    }
}
