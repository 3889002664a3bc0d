package dev.encore.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelResult;
import dev.encore.eval.stats.Estimate;
import dev.encore.eval.stats.PairedComparison;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: every parameter, the seed, the data fingerprint, timings and every figure with its
 * interval. Non-finite numbers (NaN when no user qualified) are written as null so the file stays valid JSON.
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static Map<String, Object> toMap(EvaluationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "encore-eval/1");
        m.put("protocol", r.protocol());
        m.put("settings", r.settings());
        m.put("seed", r.seed());
        m.put("dataFingerprint", r.fingerprint());
        m.put("users", r.users());
        m.put("items", r.items());
        m.put("trainInteractions", r.trainInteractions());
        m.put("testInteractions", r.testInteractions());
        m.put("evaluatedUsers", r.testUsers().length);
        m.put("skippedUsersWithoutTestItems", r.skippedUsers());
        m.put("ks", r.ks());
        m.put("confidence", Map.of("level", 0.95, "method", "percentile bootstrap over users", "resamples", r.bootstrapResamples()));
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelResult mr : r.models()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", mr.name());
            x.put("algorithm", mr.algorithm());
            x.put("params", mr.params());
            x.put("fitSeconds", mr.fitSeconds());
            x.put("recommendSeconds", mr.recommendSeconds());
            Map<String, Object> metrics = new LinkedHashMap<>();
            mr.metrics().forEach((label, e) -> metrics.put(label, estimate(e)));
            x.put("metrics", metrics);
            List<Map<String, Object>> exposure = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : mr.topExposure()) exposure.add(Map.of("artist", e.getKey(), "share", e.getValue()));
            x.put("topArtistExposure", exposure);
            models.add(x);
        }
        m.put("models", models);
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (PairedComparison.Result c : r.comparisons()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("metric", c.metric());
            x.put("a", c.a());
            x.put("b", c.b());
            x.put("users", c.n());
            x.put("meanDifference", num(c.meanDiff()));
            x.put("ci95", new Object[] {num(c.lo()), num(c.hi())});
            x.put("pairedBootstrapP", num(c.bootstrapP()));
            x.put("pairedT", num(c.t()));
            x.put("pairedTTestP", num(c.tTestP()));
            comparisons.add(x);
        }
        m.put("comparisons", comparisons);
        m.put("totalSeconds", r.totalSeconds());
        return m;
    }

    public static void write(EvaluationResult r, Path file) throws IOException {
        JSON.writeValue(file.toFile(), toMap(r));
    }

    public static String toJson(EvaluationResult r) throws IOException {
        return JSON.writeValueAsString(toMap(r));
    }

    private static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("value", num(e.value()));
        x.put("ci95", new Object[] {num(e.lo()), num(e.hi())});
        x.put("users", e.n());
        return x;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
