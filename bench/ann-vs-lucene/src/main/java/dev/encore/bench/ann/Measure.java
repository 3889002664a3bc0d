package dev.encore.bench.ann;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/** Recall@k against exact answers and per-query latency of one ANN searcher, on one thread. */
final class Measure {
    /** An ANN search: about the k best item ids for query q with beam width ef, best first. */
    @FunctionalInterface
    interface Searcher {
        int[] search(float[] q, int k, int ef);
    }

    /**
     * Recall@k averaged over the queries, latency percentiles in milliseconds, and the searching thread's mean CPU
     * time per query in microseconds (unlike latency, hardly changed by other processes competing for the cores).
     */
    record Result(double recall, double p50Millis, double p99Millis, double cpuMicros) {}

    private Measure() {}

    /**
     * Runs the first {@code count} queries (rows of {@code queries}, width dim) once as warm-up, untimed, then
     * again timed. {@code truth[i]} holds query i's exact top items, best first, at least k of them.
     */
    static Result run(Searcher s, float[] queries, int count, int dim, int[][] truth, int k, int ef) {
        if (truth.length < count) throw new IllegalArgumentException("exact answers for " + truth.length + " queries, need " + count);
        float[][] qs = new float[count][];
        for (int i = 0; i < count; i++) qs[i] = Arrays.copyOfRange(queries, i * dim, (i + 1) * dim);
        for (float[] q : qs) s.search(q, k, ef);
        double hits = 0;
        double[] millis = new double[count];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            int[] got = s.search(qs[i], k, ef);
            millis[i] = (System.nanoTime() - t) / 1e6;
            hits += overlap(got, truth[i], k);
        }
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / count;
        Arrays.sort(millis);
        return new Result(hits / ((double) k * count), millis[(count - 1) / 2],
                millis[Math.max(0, (int) Math.ceil(0.99 * count) - 1)], cpuMicros);
    }

    /** How many of got's first k ids are among truth's first k. */
    static int overlap(int[] got, int[] truth, int k) {
        if (truth.length < k) throw new IllegalArgumentException("exact answer has " + truth.length + " items, recall@" + k + " needs " + k);
        int[] want = Arrays.copyOf(truth, k);
        Arrays.sort(want);
        int n = 0;
        for (int i = 0; i < Math.min(k, got.length); i++) if (Arrays.binarySearch(want, got[i]) >= 0) n++;
        return n;
    }
}
