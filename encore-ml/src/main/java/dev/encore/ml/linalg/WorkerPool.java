package dev.encore.ml.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fixed set of worker threads that split a range of rows into chunks handed out dynamically (so skewed rows
 * balance). The calling thread works too. Results must not depend on which worker ran a chunk: tasks write only
 * their own rows, and any reduction is done per fixed chunk by the caller, never per worker.
 */
public final class WorkerPool implements AutoCloseable {
    private final int threads;
    private final ExecutorService helpers;

    /** @param threads total threads including the caller; 0 means all available processors */
    public WorkerPool(int threads) {
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), got " + threads);
        this.threads = resolve(threads);
        AtomicInteger seq = new AtomicInteger();
        this.helpers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, r -> {
            Thread t = new Thread(r, "encore-worker-" + seq.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The thread count a pool asked for {@code threads} uses (0 = all available processors). */
    public static int resolve(int threads) {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    public int threads() {
        return threads;
    }

    /** A task over rows [from, to) with per-worker scratch state. */
    @FunctionalInterface
    public interface ChunkTask<S> {
        void run(S scratch, int from, int to);
    }

    /** Runs {@code task} over [0, n) in chunks of {@code chunk} rows; each worker makes one scratch with {@code scratch}. */
    public <S> void forEachChunk(int n, int chunk, Supplier<S> scratch, ChunkTask<S> task) {
        if (chunk <= 0) throw new IllegalArgumentException("chunk must be > 0, got " + chunk);
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            S s = scratch.get();
            for (int from; (from = next.getAndAdd(chunk)) < n; ) task.run(s, from, Math.min(n, from + chunk));
        };
        int helpersNeeded = Math.min(threads - 1, (n + chunk - 1) / chunk - 1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < helpersNeeded; i++) futures.add(helpers.submit(worker));
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(n); // stop handing out chunks
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) failure = e;
            } catch (ExecutionException e) {
                if (failure == null) failure = e.getCause();
            }
        }
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error er) throw er;
        if (failure != null) throw new IllegalStateException("worker interrupted", failure);
    }

    @Override
    public void close() {
        if (helpers != null) helpers.shutdownNow();
    }
}
