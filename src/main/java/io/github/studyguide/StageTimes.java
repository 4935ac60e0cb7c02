package io.github.studyguide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How long each stage of one build took, for the summary line that the benchmark reads. Stages that run
 * concurrently (the writers) record from their own threads.
 */
final class StageTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Records a stage that started at {@code startNanos} (from {@link System#nanoTime()}) and ends now. */
    synchronized long record(String stage, long startNanos) {
        long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
        millis.put(stage, elapsed);
        return elapsed;
    }

    /** Records a stage's time measured otherwise, such as a stage less another that ran inside it. */
    synchronized void put(String stage, long elapsedMillis) {
        millis.put(stage, elapsedMillis);
    }

    /** "scan 12 ms, render 80 ms, pdf 900 ms". */
    @Override
    public synchronized String toString() {
        StringJoiner text = new StringJoiner(", ");
        millis.forEach((stage, ms) -> text.add(stage + " " + ms + " ms"));
        return text.toString();
    }
}
