package dev.encore.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's CSV result file into the Markdown table of bench/RESULTS.md: ns/op with its 99.9% error, GFLOP/s from
 * the nominal flop count of each kernel (the arithmetic of the mathematical operation, not of the implementation's
 * tricks), and for each "...Simd" benchmark its speed-up over the matching "...Scalar" one.
 * Usage: {@code java -cp benchmarks.jar dev.encore.bench.jmh.Summary results.csv}.
 */
public final class Summary {
    private Summary() {}

    /** One result row: benchmark method, its parameters, score and error in ns/op. */
    record Row(String method, Map<String, String> params, double ns, double error) {
        String key() {
            return method.replaceAll("(Simd|Scalar)$", "") + params;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: Summary RESULTS.csv (JMH -rf csv output)");
        List<Row> rows = new ArrayList<>(parse(Files.readAllLines(Path.of(args[0]))));
        // Each SIMD row right above its scalar twin.
        rows.sort(java.util.Comparator.comparing(Row::key).thenComparing(r -> !r.method.endsWith("Simd")));
        Map<String, Row> scalar = new LinkedHashMap<>();
        for (Row r : rows) if (r.method.endsWith("Scalar")) scalar.put(r.key(), r);
        System.out.println("| benchmark | params | ns/op | ± (99.9%) | GFLOP/s | SIMD speed-up |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row r : rows) {
            double flops = flops(r);
            Row twin = r.method.endsWith("Simd") ? scalar.get(r.key()) : null;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", r.method, params(r.params),
                    number(r.ns), number(r.error), flops > 0 ? String.format(Locale.ROOT, "%.1f", flops / r.ns) : "–",
                    twin == null ? "" : String.format(Locale.ROOT, "%.1f×", twin.ns / r.ns));
        }
    }

    static List<Row> parse(List<String> lines) {
        if (lines.isEmpty()) throw new IllegalArgumentException("empty JMH CSV file");
        List<String> header = fields(lines.get(0));
        int bench = header.indexOf("Benchmark"), score = header.indexOf("Score"), unit = header.indexOf("Unit");
        int error = header.indexOf("Score Error (99.9%)");
        if (bench < 0 || score < 0 || unit < 0 || error < 0) {
            throw new IllegalArgumentException("not a JMH CSV file (header " + header + "): run JMH with -rf csv");
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            List<String> f = fields(line);
            if (!f.get(unit).equals("ns/op")) throw new IllegalArgumentException("expected ns/op, got " + f.get(unit) + " in: " + line);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("Param: ") && i < f.size() && !f.get(i).isEmpty()) params.put(header.get(i).substring(7), f.get(i));
            }
            String name = f.get(bench);
            String method = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            rows.add(new Row(method, params, Double.parseDouble(f.get(score)), parseOrNaN(f.get(error))));
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

    private static double parseOrNaN(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Splits one CSV line; JMH quotes every text field and writes no embedded quotes or commas in ours. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }
}
