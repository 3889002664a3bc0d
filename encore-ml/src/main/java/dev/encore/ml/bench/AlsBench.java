package dev.encore.ml.bench;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.als.AlsFactors;
import dev.encore.ml.als.AlsModel;
import dev.encore.ml.als.AlsParams;
import dev.encore.ml.als.AlsTrainer;
import dev.encore.ml.linalg.Kernels;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seconds per ALS iteration: trains {@code runs} times from the same seed and reports each run's mean iteration
 * time as a JSON line, then a Markdown table of the median, min and max over runs (the first run includes JIT
 * warm-up; it is reported, not dropped) and a summary line "als: X s/iter". GFLOP/s counts the arithmetic of
 * the algorithm as run: both Gram matrices (2·f² per row), and per half-sweep (cg_steps + 1) × (2·f² per row for
 * the dense product + 4·f per non-zero for the sparse dot and axpy), plus the loss pass when on (2·f² per item,
 * 2·f per non-zero). Run: {@code java --add-modules jdk.incubator.vector -cp ... dev.encore.ml.bench.AlsBench
 * --dataset M --factors 64 --iterations 10 --threads 2 --runs 3}.
 */
public final class AlsBench {
    private AlsBench() {}

    /** Median, min and max seconds per iteration over runs, and GFLOP/s at the median. */
    public record Summary(String dataset, int factors, int iterations, int threads, Samples secondsPerIteration,
                          double gflopsAtMedian, double finalLoss) {}

    public static void main(String[] args) {
        Map<String, String> a = BenchOutput.args(args);
        String dataset = a.getOrDefault("dataset", "M");
        long t = System.nanoTime();
        InteractionMatrix m = SyntheticMatrix.preset(dataset, Long.parseLong(a.getOrDefault("seed", "1")));
        System.out.println(BenchOutput.fmt("# data set %s: %s, generated in %.1f s", dataset, m, (System.nanoTime() - t) / 1e9));
        run(dataset, m, BenchOutput.intArg(a, "factors", 64), BenchOutput.intArg(a, "iterations", 10),
                BenchOutput.intArg(a, "threads", 2), BenchOutput.intArg(a, "runs", 3), a.containsKey("loss"), System.out);
    }

    /** Benchmarks training on {@code m}; prints JSON lines, a Markdown table and "als: X s/iter" to {@code out}. */
    public static Summary run(String dataset, InteractionMatrix m, int factors, int iterations, int threads, int runs,
                              boolean computeLoss, PrintStream out) {
        if (runs < 1 || iterations < 1) throw new IllegalArgumentException("runs and iterations must be >= 1");
        AlsParams params = new AlsParams(factors, 0.01, 10, iterations, AlsParams.DEFAULT_CG_STEPS, threads, 42, computeLoss);
        double flops = flopsPerIteration(m, factors, params.cgSteps(), computeLoss);
        double[] perRun = new double[runs];
        double loss = Double.NaN;
        AlsFactors last = null;
        for (int r = 0; r < runs; r++) {
            double load = BenchOutput.loadAverage();
            long cpu0 = BenchOutput.processCpuNanos();
            AlsFactors f = AlsTrainer.train(m, params, AlsTrainer.Listener.NONE);
            last = f;
            double cpuPerIteration = (BenchOutput.processCpuNanos() - cpu0) / 1e9 / iterations;
            double sum = 0;
            for (double s : f.iterationSeconds()) sum += s;
            perRun[r] = sum / iterations;
            loss = f.finalLoss();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("bench", "als");
            line.put("dataset", dataset);
            line.put("run", r + 1);
            line.put("users", m.rows());
            line.put("items", m.cols());
            line.put("nnz", m.nnz());
            line.put("factors", factors);
            line.put("iterations", iterations);
            line.put("cg_steps", params.cgSteps());
            line.put("threads", threads);
            line.put("seconds_per_iteration", perRun[r]);
            line.put("best_iteration_seconds", java.util.Arrays.stream(f.iterationSeconds()).min().orElse(Double.NaN));
            line.put("setup_seconds", f.setupSeconds());
            line.put("process_cpu_seconds_per_iteration", cpuPerIteration);
            line.put("load_average_before", load);
            line.put("gflops", flops / perRun[r] / 1e9);
            line.put("final_loss", Double.isFinite(loss) ? loss : null);
            line.put("kernels", Kernels.describe());
            line.put("jvm", BenchOutput.jvm());
            out.println(BenchOutput.jsonLine(line));
        }
        Samples s = new Samples(perRun);
        Summary summary = new Summary(dataset, factors, iterations, threads, s, flops / s.median() / 1e9, loss);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(dataset, m.rows() + "×" + m.cols() + ", nnz " + m.nnz(), String.valueOf(factors),
                String.valueOf(iterations), String.valueOf(threads), BenchOutput.fmt("%.3f", s.median()),
                BenchOutput.fmt("%.3f", s.min()), BenchOutput.fmt("%.3f", s.max()), String.valueOf(runs),
                BenchOutput.fmt("%.1f", summary.gflopsAtMedian()), Kernels.describe(), BenchOutput.jvm()));
        out.print(BenchOutput.markdown(List.of("data", "shape", "rank", "iterations", "threads", "median s/iter",
                "min", "max", "runs", "GFLOP/s (median)", "kernels", "JVM"), rows));
        servingLatency(AlsModel.of(m, params, last), m, out);
        out.println(BenchOutput.fmt("als: %.2f s/iter", s.median()));
        return summary;
    }

    /**
     * Serving costs of the trained model on 500 seeded users: fold-in (solving the user's factor from their
     * training row) and a full recommend (k = 50, history filtered, with explanations). One JSON line each.
     */
    static void servingLatency(AlsModel model, InteractionMatrix m, PrintStream out) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        int n = 500, warm = 200;
        double[] fold = new double[n], rec = new double[n];
        long items = 0, sink = 0;
        for (int i = 0; i < n + warm; i++) {
            UserQuery q = UserQuery.of(rnd.nextInt(m.rows()), m);
            UserQuery anon = UserQuery.anonymous(q.items(), q.weights());
            long t0 = System.nanoTime();
            float[] x = model.userVector(anon);
            long t1 = System.nanoTime();
            List<ScoredItem> recs = model.recommend(q, 50, ItemFilter.excluding(q.items()));
            long t2 = System.nanoTime();
            sink += Float.floatToIntBits(x[0]) + recs.size();
            if (i >= warm) {
                fold[i - warm] = (t1 - t0) / 1e3;
                rec[i - warm] = (t2 - t1) / 1e3;
                items += q.items().length;
            }
        }
        for (Object[] k : new Object[][] {{"fold_in", fold}, {"recommend_k50_explained", rec}}) {
            Samples s = new Samples((double[]) k[1]);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("bench", "als_serving");
            line.put("operation", k[0]);
            line.put("users", n);
            line.put("mean_history", (double) items / n);
            line.put("items", m.cols());
            line.put("factors", model.factors());
            line.put("p50_us", s.median());
            line.put("p99_us", s.quantile(0.99));
            line.put("max_us", s.max());
            line.put("checksum", sink);
            out.println(BenchOutput.jsonLine(line));
        }
    }

    /** Floating-point operations of one iteration as implemented (see the class comment). */
    public static double flopsPerIteration(InteractionMatrix m, int f, int cgSteps, boolean loss) {
        double rows = (double) m.rows() + m.cols(), nnz = m.nnz(), ff = (double) f * f;
        double gram = rows * 2 * ff;
        double sweeps = (cgSteps + 1) * (rows * 2 * ff + 2 * nnz * 4 * f);
        double lossPass = loss ? m.cols() * 2 * ff + nnz * 2 * f : 0;
        return gram + sweeps + lossPass;
    }
}
