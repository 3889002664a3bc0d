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
    private final Vectors vectors;
    private final HnswGraph graph;
    private final double buildSeconds;
    private final ThreadLocal<LayerSearch> searchers;
    private volatile Recall recall;

    AnnIndex(Metric metric, AnnParams params, Vectors vectors, HnswGraph graph, double buildSeconds, Recall recall) {
        this.metric = metric;
        this.params = params;
        this.vectors = vectors;
        this.graph = graph;
        this.buildSeconds = buildSeconds;
        this.recall = recall;
        this.searchers = ThreadLocal.withInitial(() -> new LayerSearch(graph, vectors));
    }

    /** Indexes the first n rows of the row-major matrix {@code m} (width dim); the data is copied. */
    public static AnnIndex build(float[] m, int n, int dim, Metric metric, AnnParams params) {
        if (dim <= 0 || n < 0 || (long) n * dim > m.length) {
            throw new IllegalArgumentException("matrix of " + m.length + " floats cannot hold " + n + " vectors of " + dim + " dimensions");
        }
        long t0 = System.nanoTime();
        Vectors v = Vectors.of(m, n, dim, metric == Metric.COSINE);
        HnswGraph g;
        try (WorkerPool pool = new WorkerPool(params.threads())) {
            g = HnswBuilder.build(v, params.m(), params.efConstruction(), params.seed(), pool);
        }
        return new AnnIndex(metric, params, v, g, (System.nanoTime() - t0) / 1e9, null);
    }

    public static AnnIndex load(Path dir) throws IOException {
        return AnnSnapshot.read(dir);
    }

    public void save(Path dir) throws IOException {
        AnnSnapshot.write(this, dir);
    }

    public int size() {
        return vectors.size;
    }

    public int dimensions() {
        return vectors.dim;
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
        if (q.length != vectors.dim) throw new IllegalArgumentException("query has " + q.length + " dimensions, the index has " + vectors.dim);
        if (k < 0) throw new IllegalArgumentException("k must be >= 0, got " + k);
        if (k == 0 || graph.entryPoint < 0) return new TopK.Result(new int[0], new float[0]);
        float[] query = metric == Metric.COSINE ? unit(q) : q;
        LayerSearch s = searchers.get();
        int ep = graph.entryPoint;
        for (int l = graph.maxLevel; l > 0; l--) ep = s.greedy(query, 0, ep, l);
        s.search(query, 0, new int[] {ep}, 1, Math.max(ef, k), 0, filter);
        TopK top = new TopK(k);
        int n = s.results.size();
        int[] nodes = new int[n];
        float[] sims = new float[n];
        s.results.drainBestFirst(nodes, sims);
        for (int i = 0; i < n; i++) top.offer(nodes[i], sims[i]);
        return top.drain();
    }

    /**
     * Recall@k of {@link #search} with beam width ef against exact search, averaged over {@code count} queries
     * (rows of the row-major {@code queries}, width = dimensions), plus latency percentiles; remembered for the
     * manifest. Use queries the index was not built from (e.g. user factors).
     */
    public Recall measureRecall(float[] queries, int count, int k, int ef) {
        int dim = vectors.dim;
        FactorScanner exact = new FactorScanner(vectors.data, vectors.size, dim);
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

    Vectors vectors() {
        return vectors;
    }

    HnswGraph graph() {
        return graph;
    }

    /** Graph statistics for reports: levels and mean level-0 degree. */
    public Map<String, Object> stats() {
        long edges = 0;
        for (int v = 0; v < graph.size; v++) edges += graph.degree(v, 0);
        return Map.of("max_level", graph.maxLevel, "mean_degree_level0", graph.size == 0 ? 0.0 : (double) edges / graph.size);
    }

    private static float[] unit(float[] q) {
        double n = 0;
        for (float v : q) n += (double) v * v;
        float[] out = q.clone();
        if (n > 0) for (int i = 0; i < out.length; i++) out[i] = (float) (out[i] / Math.sqrt(n));
        return out;
    }
}
