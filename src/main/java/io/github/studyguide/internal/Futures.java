package io.github.studyguide.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Waits for work done on other threads and rethrows its failure as the caller would have seen it. */
public final class Futures {

    private Futures() {
    }

    /**
     * Runs {@code work} in a fork-join pool of {@code threads} threads, so that the parallel streams inside it use
     * that many threads and no more. Returns or throws only once none of the work is running any more: when one
     * element of a parallel stream fails, the others may still be running, and they must not outlive the failure.
     */
    public static <T> T inPool(int threads, Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the study guide", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            shutDownAndWait(pool);
        }
    }

    public static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while building the study guide", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** A pool of {@code threads} threads named {@code name-1}, {@code name-2}, ...: recognisable in a thread dump. */
    public static ExecutorService pool(int threads, String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads),
                work -> new Thread(work, name + "-" + count.incrementAndGet()));
    }

    /**
     * Stops a pool: work still queued is dropped, and work already running is waited for, so that none of it
     * outlives the step that used the pool (a failed build must not go on writing caches or logging after it has
     * reported its failure).
     */
    public static void shutDownAndWait(ExecutorService executor) {
        executor.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for each future in turn; their results in the same order. */
    public static <T> List<T> await(List<Future<T>> futures) throws IOException {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(await(future));
        }
        return results;
    }
}
