package dev.encore.ml.bench;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.linalg.Kernels;
import dev.encore.ml.topk.FactorScanner;
import dev.encore.ml.topk.TopK;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Latency of exact top-K for one user over a large catalog: {@link FactorScanner} (bf16 panel scan + exact
 * rescoring) against the brute-force baseline (float32 dot per item into a bounded heap), both excluding a
 * 50-item history through the filter. Prints a JSON line per method, a Markdown table and "topk: X ms p99".
 * Run: {@code java --add-modules jdk.incubator.vector -Xmx4g -cp ... dev.encore.ml.bench.TopKBench --items 1000000
 * --factors 64 --k 50 --queries 500}.
 */
public final class TopKBench {
    private TopKBench() {}

    public static void main(String[] args) {
        Map<String, String> a = BenchOutput.args(args);
        int items = BenchOutput.intArg(a, "items", 1_000_000), f = BenchOutput.intArg(a, "factors", 64);
        float[] factors = SyntheticFactors.gaussian(items, f, 7);
        run(factors, items, f, BenchOutput.intArg(a, "k", 50), BenchOutput.intArg(a, "queries", 500), System.out);
    }

    /** Times {@code queries} top-k queries after a warm-up; returns the scanner's latency samples in ms. */
    public static Samples run(float[] factors, int items, int f, int k, int queries, PrintStream out) {
        FactorScanner scanner = new FactorScanner(factors, items, f);
        float[] users = SyntheticFactors.gaussian(queries + 50, f, 8);
        SplittableRandom rnd = new SplittableRandom(9);
        int[][] history = new int[queries + 50][50];
        for (int[] h : history) for (int j = 0; j < h.length; j++) h[j] = rnd.nextInt(items);
        int warm = 50;
        double[] fast = new double[queries], brute = new double[queries];
        long checksum = 0;
        for (int i = 0; i < queries + warm; i++) {
            float[] q = java.util.Arrays.copyOfRange(users, i * f, (i + 1) * f);
            ItemFilter filter = ItemFilter.excluding(history[i]);
            long t0 = System.nanoTime();
            TopK.Result r1 = scanner.topK(q, k, filter);
            long t1 = System.nanoTime();
            TopK.Result r2 = bruteForce(factors, items, f, q, k, filter);
            long t2 = System.nanoTime();
            if (!java.util.Arrays.equals(r1.items(), r2.items())) {
                throw new IllegalStateException("scanner and brute force disagree on query " + i);
            }
            checksum += r1.items()[0];
            if (i >= warm) {
                fast[i - warm] = (t1 - t0) / 1e6;
                brute[i - warm] = (t2 - t1) / 1e6;
            }
        }
        Samples s = new Samples(fast), b = new Samples(brute);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] m : new Object[][] {{"bf16 panels + exact rescoring", s}, {"brute force float32", b}}) {
            Samples x = (Samples) m[1];
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("bench", "topk");
            line.put("method", m[0]);
            line.put("items", items);
            line.put("factors", f);
            line.put("k", k);
            line.put("queries", queries);
            line.put("p50_ms", x.median());
            line.put("p99_ms", x.quantile(0.99));
            line.put("max_ms", x.max());
            line.put("kernels", Kernels.describe());
            line.put("load_average", BenchOutput.loadAverage());
            line.put("jvm", BenchOutput.jvm());
            out.println(BenchOutput.jsonLine(line));
            rows.add(List.of((String) m[0], items + " × " + f, String.valueOf(k), String.valueOf(queries),
                    BenchOutput.fmt("%.2f", x.median()), BenchOutput.fmt("%.2f", x.quantile(0.99)),
                    BenchOutput.fmt("%.2f", x.min()), BenchOutput.fmt("%.2f", x.max()), "1"));
        }
        out.print(BenchOutput.markdown(List.of("method", "catalog", "k", "queries", "p50 ms", "p99 ms", "min", "max", "threads"), rows));
        out.println(BenchOutput.fmt("topk: %.2f ms p99 (%.2f ms p50; brute force %.2f ms p99) [checksum %d]",
                s.quantile(0.99), s.median(), b.quantile(0.99), checksum));
        return s;
    }

    /** The baseline: score every item in float32, keep the best k allowed. */
    static TopK.Result bruteForce(float[] factors, int items, int f, float[] q, int k, ItemFilter filter) {
        TopK top = new TopK(k);
        for (int i = 0; i < items; i++) {
            float s = Kernels.dot(factors, i * f, q, 0, f);
            if (s >= top.threshold() && filter.allows(i)) top.offer(i, s);
        }
        return top.drain();
    }
}
