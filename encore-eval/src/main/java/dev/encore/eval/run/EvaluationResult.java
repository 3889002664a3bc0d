package dev.encore.eval.run;

import dev.encore.eval.stats.PairedComparison;

import java.util.List;
import java.util.Map;

/**
 * Everything a report needs: the protocol and its settings, the seed, the data fingerprint (SHA-256 of the train
 * and test matrices), the data's shape, the evaluated users ({@code testUsers}, dense user indices) and how many
 * were skipped because they had no held-out items, the K list, each model's result, and the paired comparisons of
 * every later model against the first.
 */
public record EvaluationResult(String protocol, Map<String, Object> settings, long seed, String fingerprint,
                               int users, int items, int trainInteractions, int testInteractions,
                               int[] testUsers, int skippedUsers, int[] ks, int bootstrapResamples,
                               List<ModelResult> models, List<PairedComparison.Result> comparisons,
                               double totalSeconds) {
    public ModelResult model(String name) {
        for (ModelResult m : models) if (m.name().equals(name)) return m;
        throw new IllegalArgumentException("no model named '" + name + "' in this result");
    }
}
