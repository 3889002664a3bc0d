package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * K-fold cross-validation over each user's interactions: every user's interactions are shuffled (seeded) and dealt
 * round-robin into k folds, so each fold holds ~1/k of every user's history and each interaction is tested exactly
 * once across the k splits. {@link #split} returns fold {@code fold}; {@link #folds} returns all k.
 */
public final class KFold implements Splitter {
    private final int k;
    private final int fold;

    public KFold(int k, int fold) {
        if (k < 2) throw new IllegalArgumentException("k-fold needs k >= 2, got " + k);
        if (fold < 0 || fold >= k) throw new IllegalArgumentException("fold " + fold + " outside 0.." + (k - 1));
        this.k = k;
        this.fold = fold;
    }

    public static List<Split> folds(InteractionLog log, int k, long seed) {
        List<Split> out = new ArrayList<>(k);
        for (int f = 0; f < k; f++) out.add(new KFold(k, f).split(log, seed));
        return out;
    }

    @Override
    public Split split(InteractionLog log, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] g = log.byUser();
        int[] ptr = g[0], order = g[1];
        boolean[] test = new boolean[log.size()];
        for (int u = 0; u < log.users(); u++) {
            int s = ptr[u], n = ptr[u + 1] - s;
            int[] idx = java.util.Arrays.copyOfRange(order, s, s + n);
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            int offset = rnd.nextInt(k); // so users with few interactions do not all land in fold 0
            for (int i = 0; i < n; i++) if ((i + offset) % k == fold) test[idx[i]] = true;
        }
        return new Split(log.select(test, false), log.select(test, true), "k-fold",
                Map.of("k", k, "fold", fold, "seed", seed));
    }
}
