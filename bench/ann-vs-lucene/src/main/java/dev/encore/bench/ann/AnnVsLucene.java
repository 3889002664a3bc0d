package dev.encore.bench.ann;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.als.AlsFactors;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsTrainer;
import dev.encore.ml.ann.AnnIndex;
import dev.encore.ml.ann.AnnParams;
import dev.encore.ml.bench.BenchOutput;
import dev.encore.ml.bench.SyntheticMatrix;
import dev.encore.ml.linalg.Kernels;
import dev.encore.ml.topk.FactorScanner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lucene 9.12's HNSW against Encore's on the same vectors, in one run: ALS item factors (rank f, 5 iterations) of
 * {@link SyntheticMatrix#powerLaw}, as in encore-ml's AnnBench; the queries are that model's user factors, which are
 * not indexed. Both graphs use M 16 (32 links on level 0), beam width 200 while building, inner product. Reports the
 * build time, then recall@k against exact search ({@link FactorScanner}) and single-thread p50/p99 per query for
 * each k and ef, with the engines interleaved per setting so load swings hit them alike. Encore runs three ways:
 * automatic norm ranges (its default) and one graph, both built on 1 thread like Lucene, and the default on 2.
 * Args: --items N --queries Q --factors F --k 10,50 --ef 50,100,200,400 --threads T (Encore's second build)
 * --engines lucene,encore,encore-one-graph (default; "lucene-cosine" adds Lucene on the {@link MipTransform}ed vectors).
 */
public final class AnnVsLucene {
    private AnnVsLucene() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BenchOutput.args(args);
        int items = intArg(a, "items", 100_000), queries = intArg(a, "queries", 500), f = intArg(a, "factors", 64);
        int threads = intArg(a, "threads", 2);
        int[] ks = ints(a.getOrDefault("k", "10,50")), efs = ints(a.getOrDefault("ef", "50,100,200,400"));
        int m = 16, beam = 200;
        List<String> which = List.of(a.getOrDefault("engines", "lucene,encore,encore-one-graph").split(","));
        for (String e : which) {
            if (!List.of("lucene", "lucene-cosine", "encore", "encore-one-graph").contains(e)) {
                throw new IllegalArgumentException("--engines " + e + " is unknown: use a comma-separated subset of lucene,lucene-cosine,encore,encore-one-graph");
            }
        }

        int users = Math.max(queries, items / 5);
        InteractionMatrix matrix = SyntheticMatrix.powerLaw(users, items, 10L * items, 3);
        AlsFactors fit = AlsTrainer.train(matrix, new AlsParams(f, 0.01, 10, 5, 3, threads, 42, false), AlsTrainer.Listener.NONE);
        float[] vectors = fit.itemFactors(), q = java.util.Arrays.copyOf(fit.userFactors(), queries * f);
        System.out.println(BenchOutput.fmt("# %s; vectors: ALS item factors (rank %d, 5 iterations, %.0f s) of %s; queries: %d user factors; kernels %s",
                BenchOutput.jvm(), f, fit.totalSeconds(), matrix, queries, Kernels.describe()));

        int maxK = java.util.Arrays.stream(ks).max().orElseThrow();
        FactorScanner exact = new FactorScanner(vectors, items, f);
        int[][] truth = new int[queries][];
        for (int i = 0; i < queries; i++) {
            truth[i] = exact.topK(java.util.Arrays.copyOfRange(q, i * f, (i + 1) * f), maxK, ItemFilter.ALL).items();
        }

        List<Engine> engines = new ArrayList<>();
        LuceneHnsw lucene = null;
        if (which.contains("lucene")) {
            double load = BenchOutput.loadAverage();
            long cpu = BenchOutput.processCpuNanos();
            lucene = LuceneHnsw.build(vectors, items, f, m, beam, false);
            cpu = BenchOutput.processCpuNanos() - cpu;
            engines.add(new Engine("Lucene 9.12.3 HNSW", 1, lucene.buildSeconds(), cpu / 1e9, load, lucene::search,
                    BenchOutput.fmt("one segment, %.0f MiB on disk", lucene.sizeBytes() / 1048576.0)));
        }
        LuceneHnsw luceneCosine = null;
        if (which.contains("lucene-cosine")) {
            double load = BenchOutput.loadAverage();
            long cpu = BenchOutput.processCpuNanos();
            luceneCosine = LuceneHnsw.build(vectors, items, f, m, beam, true);
            cpu = BenchOutput.processCpuNanos() - cpu;
            engines.add(new Engine("Lucene 9.12.3 HNSW, MIP→cosine", 1, luceneCosine.buildSeconds(), cpu / 1e9, load, luceneCosine::search,
                    BenchOutput.fmt("one segment, %d dims, %.0f MiB on disk", f + 1, luceneCosine.sizeBytes() / 1048576.0)));
        }
        if (which.contains("encore")) engines.add(encore("Encore HNSW, norm ranges", items, f, vectors, new AnnParams(m, beam, 128, 42, 1, 0)));
        if (which.contains("encore-one-graph")) engines.add(encore("Encore HNSW, one graph", items, f, vectors, new AnnParams(m, beam, 128, 42, 1, 1)));
        if (which.contains("encore") && threads > 1) engines.add(encore("Encore HNSW, norm ranges", items, f, vectors, new AnnParams(m, beam, 128, 42, threads, 0)));
        for (Engine e : engines) {
            System.out.println(BenchOutput.fmt("# built %s on %d thread(s): %.1f s (%.0f us/vector), %.1f CPU s, load before %.1f; %s",
                    e.name, e.threads, e.buildSeconds, e.buildSeconds * 1e6 / items, e.buildCpuSeconds, e.loadBefore, e.note));
        }

        List<List<String>> rows = new ArrayList<>();
        for (int k : ks) {
            for (int ef : efs) {
                for (Engine e : engines) {
                    if (e.threads > 1) continue;   // same graph quality as its 1-thread twin: build time only
                    Measure.Result r = Measure.run(e.searcher, q, queries, f, truth, k, ef);
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("bench", "ann-vs-lucene");
                    line.put("engine", e.name);
                    line.put("items", items);
                    line.put("factors", f);
                    line.put("k", k);
                    line.put("ef", Math.max(ef, k));
                    line.put("queries", queries);
                    line.put("recall", r.recall());
                    line.put("p50_ms", r.p50Millis());
                    line.put("p99_ms", r.p99Millis());
                    line.put("cpu_us_per_query", r.cpuMicros());
                    line.put("build_seconds", e.buildSeconds);
                    line.put("load_average", BenchOutput.loadAverage());
                    System.out.println(BenchOutput.jsonLine(line));
                    rows.add(List.of(e.name, String.valueOf(k), String.valueOf(Math.max(ef, k)), BenchOutput.fmt("%.3f", r.recall()),
                            BenchOutput.fmt("%.3f", r.p50Millis()), BenchOutput.fmt("%.3f", r.p99Millis()),
                            BenchOutput.fmt("%.0f", r.cpuMicros()), BenchOutput.fmt("%.1f", BenchOutput.loadAverage())));
                }
            }
        }
        List<List<String>> builds = new ArrayList<>();
        for (Engine e : engines) {
            builds.add(List.of(e.name, String.valueOf(e.threads), BenchOutput.fmt("%.1f", e.buildSeconds),
                    BenchOutput.fmt("%.0f", e.buildSeconds * 1e6 / items), BenchOutput.fmt("%.1f", e.buildCpuSeconds),
                    BenchOutput.fmt("%.1f", e.loadBefore), e.note));
        }
        System.out.print(BenchOutput.markdown(List.of("engine", "threads", "build s", "µs/vector", "build CPU s", "load before", "index"), builds));
        System.out.println();
        System.out.print(BenchOutput.markdown(List.of("engine", "k", "ef", "recall@k", "p50 ms", "p99 ms", "CPU µs/query", "load"), rows));
        if (lucene != null) lucene.close();
        if (luceneCosine != null) luceneCosine.close();
    }

    /** One index under test. */
    /** One index under test; build CPU is the whole process's (JIT and GC included), for a view less bent by load. */
    record Engine(String name, int threads, double buildSeconds, double buildCpuSeconds, double loadBefore,
                  Measure.Searcher searcher, String note) {}

    private static Engine encore(String name, int items, int f, float[] vectors, AnnParams p) {
        double load = BenchOutput.loadAverage();
        long cpu = BenchOutput.processCpuNanos();
        AnnIndex index = AnnIndex.build(vectors, items, f, AnnIndex.Metric.INNER_PRODUCT, p);
        cpu = BenchOutput.processCpuNanos() - cpu;
        return new Engine(name, p.threads(), index.buildSeconds(), cpu / 1e9, load,
                (query, k, ef) -> index.search(query, k, ef, ItemFilter.ALL).items(),
                index.ranges() + " graph(s), " + index.stats());
    }

    private static int intArg(Map<String, String> a, String name, int def) {
        String v = a.get(name);
        if (v == null) return def;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " " + v + " is not a whole number, e.g. --" + name + " " + def);
        }
    }

    private static int[] ints(String csv) {
        try {
            return java.util.Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + csv + "' is not a comma-separated list of whole numbers, e.g. 50,100,200");
        }
    }
}
