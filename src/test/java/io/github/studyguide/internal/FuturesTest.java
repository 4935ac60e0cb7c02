package io.github.studyguide.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FuturesTest {

    @Test
    void workThatFailsReturnsOnlyOnceNothingElseRunsInItsPool() {
        CountDownLatch otherStarted = new CountDownLatch(1);
        AtomicBoolean otherEnded = new AtomicBoolean();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Futures.inPool(2, () -> {
            // As a parallel stream does: other work forked into the pool, still running when this part fails.
            ForkJoinTask.adapt(() -> {
                otherStarted.countDown();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    otherEnded.set(true);
                }
            }).fork();
            assertTrue(otherStarted.await(10, TimeUnit.SECONDS), "the other work started on the pool's other thread");
            throw new IllegalStateException("a lesson failed");
        }));
        // The fork-join pool hands over a copy of the failure, made on the waiting thread, that wraps the original.
        assertTrue(failure.getMessage().endsWith("a lesson failed"), failure.getMessage());
        assertTrue(otherEnded.get(), "the other work was still running when the failure was reported");
    }
}
