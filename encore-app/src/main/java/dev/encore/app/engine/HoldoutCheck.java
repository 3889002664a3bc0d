package dev.encore.app.engine;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.run.Evaluation;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelResult;
import dev.encore.eval.run.ModelSpec;
import dev.encore.eval.split.Split;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The quality figures a trained version carries in its manifest ({@code metrics}), so operators can compare
 * versions: the same algorithm and parameters fitted again without a random 10% of the interactions of up to
 * {@link #MAX_USERS} sampled users, scored on what was held out (full ranking, K = 10). Bounded so a check costs
 * about one more fit however large the data.
 */
public final class HoldoutCheck {
    /** Users whose held-out interactions are scored. */
    public static final int MAX_USERS = 2000;
    /** Describes the protocol next to the figures in the manifest. */
    public static final String PROTOCOL = "10% held out of up to " + MAX_USERS + " sampled users, full ranking, K=10";

    private HoldoutCheck() {}

    public static Map<String, Double> measure(InteractionMatrix m, Recommender r, Params params, long seed, int threads) {
        EvaluationResult res = new Evaluation().split(split(InteractionLog.of(m), seed)).ks(10).seed(seed).bootstrapResamples(1)
                .threads(Math.max(1, threads)).model(new ModelSpec(r.name(), r, params)).run();
        ModelResult mr = res.models().get(0);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String k : new String[] {"ndcg@10", "recall@10", "precision@10", "hitrate@10", "coverage@10"}) {
            double v = mr.metric(k).value();
            if (Double.isFinite(v)) out.put(k, v);
        }
        return out;
    }

    /** Per sampled user with at least two interactions, round(10%) of them (at least one) held out at random. */
    static Split split(InteractionLog log, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] g = log.byUser();
        int[] ptr = g[0], order = g[1];
        int[] candidates = java.util.stream.IntStream.range(0, log.users()).filter(u -> ptr[u + 1] - ptr[u] >= 2).toArray();
        for (int i = candidates.length - 1; i > 0; i--) {   // seeded shuffle; the first MAX_USERS are scored
            int j = rnd.nextInt(i + 1), tmp = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = tmp;
        }
        boolean[] test = new boolean[log.size()];
        for (int c = 0; c < Math.min(MAX_USERS, candidates.length); c++) {
            int u = candidates[c], s = ptr[u], n = ptr[u + 1] - s;
            int take = (int) Math.max(1, Math.min(n - 1, Math.round(0.1 * n)));
            int[] idx = java.util.Arrays.copyOfRange(order, s, s + n);
            for (int i = 0; i < take; i++) {
                int j = i + rnd.nextInt(n - i), tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
                test[idx[i]] = true;
            }
        }
        return new Split(log.select(test, false), log.select(test, true), "holdout-check",
                Map.of("fraction", 0.1, "maxUsers", MAX_USERS, "seed", seed));
    }
}
