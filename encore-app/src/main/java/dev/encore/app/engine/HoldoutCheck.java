package dev.encore.app.engine;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.run.Evaluation;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelResult;
import dev.encore.eval.run.ModelSpec;
import dev.encore.eval.split.RandomHoldout;
import dev.encore.eval.split.Split;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quality figures a trained version carries in its manifest ({@code metrics}), so operators can compare
 * versions: the same algorithm and parameters fitted again without a random 10% of the interactions of up to
 * {@link #MAX_USERS} sampled users, scored on what was held out (full ranking, K = 10). Bounded so a check costs
 * about one more fit however large the data. The sampling is {@link RandomHoldout}'s (that of {@code encore eval}'s
 * default protocol), so a user needs at least 5 interactions (round(0.1 · 5) = 1) to have one held out.
 */
public final class HoldoutCheck {
    /** Users whose held-out interactions are scored. */
    public static final int MAX_USERS = 2000;
    /** Share of each sampled user's interactions held out. */
    static final double FRACTION = 0.1;
    /** Describes the protocol next to the figures in the manifest. */
    public static final String PROTOCOL = "random-holdout: round(10%) of each user's interactions held out, up to "
            + MAX_USERS + " sampled users with at least one, full ranking, K=10";

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

    /** The shared per-user sampling of the evaluation harness, capped at {@link #MAX_USERS} users. */
    static Split split(InteractionLog log, long seed) {
        return new RandomHoldout(FRACTION, MAX_USERS).split(log, seed);
    }
}
