package dev.encore.ml.ann;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.linalg.WorkerPool;
import dev.encore.ml.topk.FactorScanner;
import dev.encore.ml.topk.TopK;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Approximate top-K by inner product or cosine over item factors, for catalogs where an exact scan is too slow: an
 * HNSW graph ({@link HnswBuilder}) over the vectors. {@link #measureRecall} compares it with exact search on
 * held-out queries; the result goes into the saved manifest so a served index states its quality. Searches are
 * thread-safe (scratch per thread).
 */
public final class AnnIndex {
    public enum Metric { INNER_PRODUCT, COSINE }

    /** Recall of the index against exact search, and search latency, on a set of held-out queries. */
    public record Recall(int k, int efSearch, int queries, double recall, double p50Millis, double p99Millis) {}

    private final Metric metric;
    private final AnnParams params;
    private final HnswPart[] parts;      // in descending order of their largest norm
    private final int size;
    private final int dim;
    private final double buildSeconds;
    private volatile Recall recall;

    AnnIndex(Metric metric, AnnParams params, HnswPart[] parts, int size, int dim, double buildSeconds, Recall recall) {
        this.metric = metric;
        this.params = params;
        this.parts = parts.clone();
        java.util.Arrays.sort(this.parts, (a, b) -> Float.compare(b.maxNorm, a.maxNorm));
        this.size = size;
        this.dim = dim;
        this.buildSeconds = buildSeconds;
        this.recall = recall;
    }

    /**
     * Indexes the first n rows of the row-major matrix {@code m} (width dim); the data is copied. For inner
     * product over many items the rows are split into norm ranges ({@link AnnParams#normRanges}), each with its
     * own graph: within a range the inner product orders items almost as their direction does, which the graphs
     * are built on, and ranges whose largest norm cannot reach the current top-K are skipped.
     */
    public static AnnIndex build(float[] m, int n, int dim, Metric metric, AnnParams params) {
        if (dim <= 0 || n < 0 || (long) n * dim > m.length) {
            throw new IllegalArgumentException("matrix of " + m.length + " floats cannot hold " + n + " vectors of " + dim + " dimensions");
        }
        long t0 = System.nanoTime();
        int[][] ranges = normRanges(m, n, dim, params.rangesFor(n, metric == Metric.COSINE));
        HnswPart[] parts = new HnswPart[ranges.length];
        try (WorkerPool pool = new WorkerPool(params.threads())) {
            for (int r = 0; r < ranges.length; r++) {
                int[] ids = ranges[r];
                float[] rows = new float[ids.length * dim];
                for (int i = 0; i < ids.length; i++) System.arraycopy(m, ids[i] * dim, rows, i * dim, dim);
                Vectors v = Vectors.of(rows, ids.length, dim, metric == Metric.COSINE);
                parts[r] = new HnswPart(v, HnswBuilder.build(v, params.m(), params.efConstruction(), params.seed() + r, pool), ids);
            }
        }
        return new AnnIndex(metric, params, parts, n, dim, (System.nanoTime() - t0) / 1e9, null);
    }

    /** Smallest norm range worth its own graph. */
    static final int MIN_RANGE = 2000;
    private static final int MAX_RANGES = 16;

    /**
     * Item ids split by ascending norm, each range sorted by id: into {@code count} ranges of equal size, or, for
     * count 0, walking down from the largest norm, into ranges whose largest norm is at most twice their smallest
     * but that hold at least {@link #MIN_RANGE} items (so a sparse top tail may span more); at most
     * {@value #MAX_RANGES} ranges, the last one taking everything left.
     */
    static int[][] normRanges(float[] m, int n, int dim, int count) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            float norm = (float) Math.sqrt(dev.encore.ml.linalg.Kernels.dot(m, i * dim, m, i * dim, dim));
            if (Float.isNaN(norm)) norm = 0;
            keys[i] = ((long) Float.floatToIntBits(norm) << 32) | i; // norms are >= 0: bit order = value order
        }
        java.util.Arrays.sort(keys);
        java.util.List<Integer> starts = new java.util.ArrayList<>(); // range boundaries in the ascending order
        if (count > 0) {
            for (int r = 0; r < count; r++) starts.add((int) ((long) n * r / count));
        } else {
            int end = n;
            while (end > 2 * MIN_RANGE && starts.size() < MAX_RANGES - 1) {
                float floor = Float.intBitsToFloat((int) (keys[end - 1] >>> 32)) / 2;
                int start = end;
                while (start > 0 && Float.intBitsToFloat((int) (keys[start - 1] >>> 32)) > floor) start--;
                start = Math.min(start, end - MIN_RANGE);
                if (start < MIN_RANGE) break;
                starts.add(0, start);
                end = start;
            }
            starts.add(0, 0);
        }
        int[][] out = new int[starts.size()][];
        for (int r = 0; r < out.length; r++) {
            int from = starts.get(r), to = r + 1 < out.length ? starts.get(r + 1) : n;
            out[r] = new int[to - from];
            for (int i = from; i < to; i++) out[r][i - from] = (int) keys[i];
            java.util.Arrays.sort(out[r]);
        }
        return out;
    }

    public static AnnIndex load(Path dir) throws IOException {
        return AnnSnapshot.read(dir);
    }

    public void save(Path dir) throws IOException {
        AnnSnapshot.write(this, dir);
    }

    public int size() {
        return size;
    }

    public int dimensions() {
        return dim;
    }

    /** Number of graphs (norm ranges). */
    public int ranges() {
        return parts.length;
    }

    public Metric metric() {
        return metric;
    }

    public AnnParams params() {
        return params;
    }

    public double buildSeconds() {
        return buildSeconds;
    }

    /** The last {@link #measureRecall} result (also loaded from a saved index), or null. */
    public Recall recall() {
        return recall;
    }

    /** Approximately the k most similar vectors that the filter allows, best first, with the default beam width. */
    public TopK.Result search(float[] q, int k, ItemFilter filter) {
        return search(q, k, params.efSearch(), filter);
    }

    /** As {@link #search(float[], int, ItemFilter)} with beam width {@code ef} (raised to k when smaller). */
    public TopK.Result search(float[] q, int k, int ef, ItemFilter filter) {
        if (q.length != dim) throw new IllegalArgumentException("query has " + q.length + " dimensions, the index has " + dim);
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, got " + k);
        float[] query = metric == Metric.COSINE ? unit(q) : q;
        float qNorm = (float) Math.sqrt(dev.encore.ml.linalg.Kernels.dot(query, 0, query, 0, dim)) * (1 + 1e-6f);
        TopK top = new TopK(k);
        for (HnswPart part : parts) {
            if (top.size() == k && qNorm * part.maxNorm < top.threshold()) break; // later ranges have smaller norms
            part.search(query, Math.max(ef, k), filter, top);
        }
        return top.drain();
    }

    /**
     * Recall@k of {@link #search} with beam width ef against exact search, averaged over {@code count} queries
     * (rows of the row-major {@code queries}, width = dimensions), plus latency percentiles; remembered for the
     * manifest. Use queries the index was not built from (e.g. user factors).
     */
    public Recall measureRecall(float[] queries, int count, int k, int ef) {
        FactorScanner exact = new FactorScanner(indexedRows(), size, dim);
        double hits = 0, wanted = 0;
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            float[] q = java.util.Arrays.copyOfRange(queries, i * dim, (i + 1) * dim);
            long t = System.nanoTime();
            TopK.Result got = search(q, k, ef, ItemFilter.ALL);
            millis[i] = (System.nanoTime() - t) / 1e6;
            TopK.Result truth = exact.topK(metric == Metric.COSINE ? unit(q) : q, k, ItemFilter.ALL);
            java.util.Set<Integer> want = new java.util.HashSet<>();
            for (int item : truth.items()) want.add(item);
            for (int item : got.items()) if (want.contains(item)) hits++;
            wanted += truth.size();
        }
        java.util.Arrays.sort(millis);
        Recall r = new Recall(k, ef, count, wanted == 0 ? 1 : hits / wanted,
                count == 0 ? Double.NaN : millis[(count - 1) / 2],
                count == 0 ? Double.NaN : millis[Math.max(0, (int) Math.ceil(0.99 * count) - 1)]);
        this.recall = r;
        return r;
    }

    HnswPart[] parts() {
        return parts.clone();
    }

    /** The indexed rows (normalised for cosine) back in item order. */
    private float[] indexedRows() {
        float[] out = new float[size * dim];
        for (HnswPart p : parts) {
            for (int i = 0; i < p.ids.length; i++) System.arraycopy(p.vectors.data, i * dim, out, p.ids[i] * dim, dim);
        }
        return out;
    }

    /** Graph statistics for reports: ranges, top level and mean level-0 degree. */
    public Map<String, Object> stats() {
        long edges = 0;
        int maxLevel = -1;
        for (HnswPart p : parts) {
            for (int v = 0; v < p.graph.size; v++) edges += p.graph.degree(v, 0);
            maxLevel = Math.max(maxLevel, p.graph.maxLevel);
        }
        return Map.of("norm_ranges", parts.length, "max_level", maxLevel, "mean_degree_level0", size == 0 ? 0.0 : (double) edges / size);
    }

    private static float[] unit(float[] q) {
        double n = 0;
        for (float v : q) n += (double) v * v;
        float[] out = q.clone();
        if (n > 0) for (int i = 0; i < out.length; i++) out[i] = (float) (out[i] / Math.sqrt(n));
        return out;
    }
}
