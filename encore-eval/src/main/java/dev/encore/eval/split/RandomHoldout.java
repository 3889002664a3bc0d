package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-user random holdout: for each user, {@code round(fraction · n)} of their n interactions (chosen uniformly,
 * seeded) go to test, the rest to train. Users with a single interaction keep it in train, so every test user has
 * some history. Standard "random per-user split" (e.g. Liang et al., VAE-CF, WWW 2018, with fraction 0.2).
 */
public final class RandomHoldout implements Splitter {
    private final double fraction;

    public RandomHoldout(double fraction) {
        if (!(fraction > 0 && fraction < 1))
            throw new IllegalArgumentException("holdout fraction must be in (0, 1), got " + fraction + " (e.g. 0.2)");
        this.fraction = fraction;
    }

    @Override
    public Split split(InteractionLog log, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] g = log.byUser();
        int[] ptr = g[0], order = g[1];
        boolean[] test = new boolean[log.size()];
        for (int u = 0; u < log.users(); u++) {
            int s = ptr[u], n = ptr[u + 1] - s;
            if (n < 2) continue;
            int take = (int) Math.min(n - 1, Math.round(fraction * n));
            int[] idx = java.util.Arrays.copyOfRange(order, s, s + n);
            // Partial Fisher-Yates: the first `take` positions become a uniform sample without replacement.
            for (int i = 0; i < take; i++) {
                int j = i + rnd.nextInt(n - i);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
                test[idx[i]] = true;
            }
        }
        return new Split(log.select(test, false), log.select(test, true), "random-holdout",
                Map.of("fraction", fraction, "seed", seed));
    }
}
