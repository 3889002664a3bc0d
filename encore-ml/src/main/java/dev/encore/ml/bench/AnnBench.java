package dev.encore.ml.bench;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.als.AlsFactors;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsTrainer;
import dev.encore.ml.ann.AnnIndex;
import dev.encore.ml.ann.AnnParams;
import dev.encore.ml.linalg.Kernels;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HNSW build time, then recall@k against exact search and search latency over a sweep of beam widths, on
 * held-out queries. Prints a JSON line per beam width, a Markdown table and "ann: X ms p99 at recall@k Y (ef E)"
 * for the smallest beam reaching the recall target. With --out DIR the index (manifest with that recall) is saved.
 * Run: {@code java --add-modules jdk.incubator.vector -Xmx8g -cp ... dev.encore.ml.bench.AnnBench --items 200000
 * --factors 64 --k 50 --queries 500 --threads 2 [--vectors als|gaussian] [--out DIR]}. Default vectors: item factors
 * of ALS trained on {@link SyntheticMatrix#powerLaw} (queries: its user factors); "gaussian" is the hard case.
 */
public final class AnnBench {
    private static final int[] EFS = {50, 75, 100, 150, 200, 300, 400};

    private AnnBench() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BenchOutput.args(args);
        int items = BenchOutput.intArg(a, "items", 200_000), f = BenchOutput.intArg(a, "factors", 64);
        int threads = BenchOutput.intArg(a, "threads", 2), queries = BenchOutput.intArg(a, "queries", 500);
        AnnParams p = new AnnParams(BenchOutput.intArg(a, "m", 16), BenchOutput.intArg(a, "ef-construction", 200),
                128, 42, threads);
        float[] vectors, held;
        String kind = a.getOrDefault("vectors", "als");
        if (kind.equals("als")) {
            // Item factors of ALS trained on a synthetic power-law matrix; queries are user factors.
            int users = Math.max(queries, items / 5);
            InteractionMatrix m = SyntheticMatrix.powerLaw(users, items, 10L * items, 3);
            AlsFactors fit = AlsTrainer.train(m, new AlsParams(f, 0.01, 10, 5, 3, threads, 42, false), AlsTrainer.Listener.NONE);
            System.out.println(BenchOutput.fmt("# vectors: item factors of ALS (rank %d, 5 iterations, %.0f s) on %s; queries: user factors",
                    f, fit.totalSeconds(), m));
            vectors = fit.itemFactors();
            held = java.util.Arrays.copyOf(fit.userFactors(), queries * f);
        } else if (kind.equals("gaussian")) {
            System.out.println("# vectors: Gaussian directions with log-normal norms; queries drawn apart");
            vectors = SyntheticFactors.gaussian(items, f, 7);
            held = SyntheticFactors.gaussian(queries, f, 8);
        } else {
            throw new IllegalArgumentException("--vectors " + kind + " is unknown: use als or gaussian");
        }
        run(vectors, held, items, f, p, BenchOutput.intArg(a, "k", 50), queries, 0.95,
                a.containsKey("out") ? Path.of(a.get("out")) : null, System.out);
    }

    /**
     * Builds over {@code vectors} (n × f), sweeps ef with the held-out queries {@code q} (queries × f), prints;
     * returns the index with the recall of the chosen ef recorded.
     */
    public static AnnIndex run(float[] vectors, float[] q, int n, int f, AnnParams params, int k, int queries,
                               double target, Path out, PrintStream log) throws IOException {
        double load = BenchOutput.loadAverage();
        AnnIndex index = AnnIndex.build(vectors, n, f, AnnIndex.Metric.INNER_PRODUCT, params);
        log.println(BenchOutput.fmt("# built HNSW over %d x %d in %.1f s (%.0f us/vector, %d threads, load before %.1f) %s",
                n, f, index.buildSeconds(), index.buildSeconds() * 1e6 / n, params.threads(), load, index.stats()));
        index.measureRecall(q, Math.min(queries, 50), k, EFS[0]); // warm-up
        List<List<String>> rows = new ArrayList<>();
        AnnIndex.Recall chosen = null;
        for (int ef : EFS) {
            AnnIndex.Recall r = index.measureRecall(q, queries, k, ef);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("bench", "ann");
            line.put("items", n);
            line.put("factors", f);
            line.put("k", k);
            line.put("ef_search", ef);
            line.put("queries", queries);
            line.put("recall", r.recall());
            line.put("p50_ms", r.p50Millis());
            line.put("p99_ms", r.p99Millis());
            line.put("m", params.m());
            line.put("ef_construction", params.efConstruction());
            line.put("build_seconds", index.buildSeconds());
            line.put("build_threads", params.threads());
            line.put("kernels", Kernels.describe());
            line.put("load_average", BenchOutput.loadAverage());
            line.put("jvm", BenchOutput.jvm());
            log.println(BenchOutput.jsonLine(line));
            rows.add(List.of(String.valueOf(n), String.valueOf(ef), BenchOutput.fmt("%.3f", r.recall()),
                    BenchOutput.fmt("%.2f", r.p50Millis()), BenchOutput.fmt("%.2f", r.p99Millis()),
                    BenchOutput.fmt("%.0f", index.buildSeconds())));
            if (chosen == null && r.recall() >= target) chosen = r;
        }
        log.print(BenchOutput.markdown(List.of("vectors", "ef", "recall@" + k, "p50 ms", "p99 ms", "build s"), rows));
        if (chosen != null) {
            index.measureRecall(q, queries, k, chosen.efSearch()); // the manifest records the chosen operating point
            log.println(BenchOutput.fmt("ann: %.2f ms p99 at recall@%d %.3f (ef %d)", chosen.p99Millis(), k, chosen.recall(), chosen.efSearch()));
        } else {
            log.println(BenchOutput.fmt("ann: recall@%d target %.2f not reached up to ef %d", k, target, EFS[EFS.length - 1]));
        }
        if (out != null) index.save(out);
        return index;
    }
}
