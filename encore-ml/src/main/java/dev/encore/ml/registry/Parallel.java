package dev.encore.ml.registry;

import dev.encore.ml.Params;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Parallel loops over {@code [0, n)} for the trainers. Work is handed out in chunks of {@code grain} indices, so
 * uneven rows (power-law users and items) balance themselves. The calling thread works too. Results never depend on
 * the thread count as long as each index writes only its own output, which is how every caller uses it.
 */
public final class Parallel {
    private Parallel() {}

    /** Loop body over a half-open range of indices. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /** Loop body that also receives its worker's private scratch state (accumulators, heaps). */
    @FunctionalInterface
    public interface ScratchBody<S> {
        void run(S scratch, int from, int to);
    }

    /** The {@code threads} parameter: defaults to the available processors, must be ≥ 1. */
    public static int threads(Params params) {
        int t = params.getInt("threads", Runtime.getRuntime().availableProcessors());
        if (t < 1) throw new IllegalArgumentException("parameter threads=" + t + " must be >= 1 (or left out for all cores)");
        return t;
    }

    public static void forRange(int n, int threads, int grain, RangeBody body) {
        forRange(n, threads, grain, () -> null, (s, from, to) -> body.run(from, to));
    }

    /** Runs {@code body} over chunks of {@code [0, n)} on up to {@code threads} threads, each with its own scratch. */
    public static <S> void forRange(int n, int threads, int grain, Supplier<S> scratch, ScratchBody<S> body) {
        if (n <= 0) return;
        int g = Math.max(1, grain);
        int workers = Math.max(1, Math.min(threads, (n + g - 1) / g));
        if (workers == 1) {
            body.run(scratch.get(), 0, n);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                S s = scratch.get();
                for (int from; failure.get() == null && (from = next.getAndAdd(g)) < n; ) {
                    body.run(s, from, Math.min(n, from + g));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread[] helpers = new Thread[workers - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Thread(work, "encore-ml-worker-" + i);
            helpers[i].setDaemon(true);
            helpers[i].start();
        }
        work.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for worker threads", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IllegalStateException(t);
    }
}
