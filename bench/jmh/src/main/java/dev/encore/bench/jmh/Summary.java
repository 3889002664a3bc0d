package dev.encore.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result file into the Markdown table of bench/RESULTS.md: ns/op (mean of the measured iterations)
 * with its 99.9% error, the best iteration (on a shared machine the least disturbed one, closest to the kernel's own
 * cost), GFLOP/s of the best iteration from the nominal flop count of each kernel (the arithmetic of the mathematical
 * operation, not of the implementation's tricks), and for each "...Simd" benchmark its speed-up over the matching
 * "...Scalar" one (best iteration against best iteration).
 * Usage: {@code java -cp benchmarks.jar dev.encore.bench.jmh.Summary results.json}.
 */
public final class Summary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Summary() {}

    /** One result row: benchmark method, its parameters, mean score, error and best iteration in ns/op. */
    record Row(String method, Map<String, String> params, double ns, double error, double best) {
        String key() {
            return method.replaceAll("(Simd|Scalar)$", "") + params;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: Summary RESULTS.json (JMH -rf json output)");
        List<Row> rows = new ArrayList<>(parse(Files.readString(Path.of(args[0]))));
        // Each SIMD row right above its scalar twin.
        rows.sort(java.util.Comparator.comparing(Row::key).thenComparing(r -> !r.method.endsWith("Simd")));
        Map<String, Row> scalar = new LinkedHashMap<>();
        for (Row r : rows) if (r.method.endsWith("Scalar")) scalar.put(r.key(), r);
        System.out.println("| benchmark | params | ns/op | ± (99.9%) | best iteration ns/op | GFLOP/s (best) | SIMD speed-up (best) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            double flops = flops(r);
            Row twin = r.method.endsWith("Simd") ? scalar.get(r.key()) : null;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", r.method, params(r.params),
                    number(r.ns), number(r.error), number(r.best),
                    flops > 0 ? String.format(Locale.ROOT, "%.1f", flops / r.best) : "–",
                    twin == null ? "" : String.format(Locale.ROOT, "%.1f×", twin.best / r.best));
        }
    }

    static List<Row> parse(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.isArray()) throw new IllegalArgumentException("not a JMH JSON result file (expected an array): run JMH with -rf json");
        List<Row> rows = new ArrayList<>();
        for (JsonNode b : root) {
            JsonNode metric = b.path("primaryMetric");
            String name = b.path("benchmark").asText(""), unit = metric.path("scoreUnit").asText("");
            if (name.isEmpty() || metric.isMissingNode()) throw new IllegalArgumentException("not a JMH result entry: " + b);
            if (!unit.equals("ns/op")) throw new IllegalArgumentException("expected ns/op, got '" + unit + "' for " + name + ": run JMH in avgt mode, ns");
            Map<String, String> params = new java.util.TreeMap<>();
            b.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            double best = Double.POSITIVE_INFINITY;
            for (JsonNode fork : metric.path("rawData")) for (JsonNode v : fork) best = Math.min(best, number(v));
            String method = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            rows.add(new Row(method, params, number(metric.path("score")), number(metric.path("scoreError")),
                    best == Double.POSITIVE_INFINITY ? Double.NaN : best));
        }
        return rows;
    }

    /** Nominal flops per call (a multiply-add counts 2), or 0 where flops are not the point. */
    static double flops(Row r) {
        String m = r.method.substring(r.method.indexOf('.') + 1).replaceAll("(Simd|Scalar)$", "");
        double f = Double.parseDouble(r.params.getOrDefault("rank", "0"));
        int history = VectorKernelBench.HISTORY;
        return switch (m) {
            case "dot", "axpy" -> 2 * f;
            case "symv", "solveDouble", "floatSolve" -> 2 * f * f;
            case "gram" -> history * 2 * f * f;
            case "sparseAccumulate" -> history * 4 * f;
            case "panelScores" -> PanelScanBench.CHUNK_BLOCKS * 16 * 2 * f;
            case "factor" -> f * f * f / 3;
            default -> 0;
        };
    }

    private static String params(Map<String, String> p) {
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) return "–";
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    /** JMH writes NaN (an error from one iteration) as the string "NaN". */
    private static double number(JsonNode v) {
        return v.isNumber() ? v.asDouble() : v.isTextual() ? Double.parseDouble(v.asText()) : Double.NaN;
    }
}
