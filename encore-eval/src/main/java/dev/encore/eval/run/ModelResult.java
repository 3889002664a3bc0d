package dev.encore.eval.run;

import dev.encore.eval.stats.Estimate;

import java.util.List;
import java.util.Map;

/**
 * One model's figures. {@code metrics} maps labels ("ndcg@10", "coverage@10", "rprecision", ...) to estimates with
 * 95% bootstrap intervals, in report order; {@code perUser} holds the per-user values of the per-user metrics
 * (index = position in {@link EvaluationResult#testUsers()}) for paired tests. {@code topExposure} lists the
 * artists with the largest exposure share at the largest K (artist index → share), largest first.
 */
public record ModelResult(String name, String algorithm, Map<String, String> params, double fitSeconds,
                          double recommendSeconds, Map<String, Estimate> metrics, Map<String, double[]> perUser,
                          List<Map.Entry<Integer, Double>> topExposure) {
    public Estimate metric(String label) {
        Estimate e = metrics.get(label);
        if (e == null) throw new IllegalArgumentException("no metric '" + label + "' in the result of " + name + "; have " + metrics.keySet());
        return e;
    }
}
