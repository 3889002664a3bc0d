package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-user random holdout: for each user, {@code round(fraction · n)} of their n interactions (chosen uniformly,
 * seeded) go to test, the rest to train. Users with a single interaction keep it in train, so every test user has
 * some history. Standard "random per-user split" (e.g. Liang et al., VAE-CF, WWW 2018, with fraction 0.2).
 * With a user cap ({@link #RandomHoldout(double, int)}) only a seeded uniform sample of that many of the users who
 * would have a test interaction get one; everyone else stays wholly in train, which bounds the cost of scoring.
 */
public final class RandomHoldout implements Splitter {
    private final double fraction;
    private final int maxUsers;

    public RandomHoldout(double fraction) {
        this(fraction, Integer.MAX_VALUE);
    }

    /** @param maxUsers most users with held-out interactions; {@code Integer.MAX_VALUE} for all of them */
    public RandomHoldout(double fraction, int maxUsers) {
        if (!(fraction > 0 && fraction < 1))
            throw new IllegalArgumentException("holdout fraction must be in (0, 1), got " + fraction + " (e.g. 0.2)");
        if (maxUsers < 1)
            throw new IllegalArgumentException("holdout user cap must be at least 1, got " + maxUsers
                    + " (e.g. 2000, or Integer.MAX_VALUE for every user)");
        this.fraction = fraction;
        this.maxUsers = maxUsers;
    }

    @Override
    public Split split(InteractionLog log, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] g = log.byUser();
        int[] ptr = g[0], order = g[1];
        boolean[] test = new boolean[log.size()];
        for (int u : testUsers(ptr, rnd)) {
            int s = ptr[u], n = ptr[u + 1] - s, take = take(n);
            int[] idx = Arrays.copyOfRange(order, s, s + n);
            // Partial Fisher-Yates: the first `take` positions become a uniform sample without replacement.
            for (int i = 0; i < take; i++) {
                int j = i + rnd.nextInt(n - i);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
                test[idx[i]] = true;
            }
        }
        Map<String, Object> settings = maxUsers == Integer.MAX_VALUE ? Map.of("fraction", fraction, "seed", seed)
                : Map.of("fraction", fraction, "maxUsers", maxUsers, "seed", seed);
        return new Split(log.select(test, false), log.select(test, true), "random-holdout", settings);
    }

    /** Interactions held out of a user with n of them: never the last one, so train keeps some history. */
    private int take(int n) {
        return n < 2 ? 0 : (int) Math.min(n - 1, Math.round(fraction * n));
    }

    /**
     * The users who get a test part, ascending. Without a binding cap that is every user with a non-zero take, and
     * no randomness is drawn here, so uncapped splits are the same for a seed as before the cap existed.
     */
    private int[] testUsers(int[] ptr, SplittableRandom rnd) {
        int users = ptr.length - 1, count = 0;
        int[] eligible = new int[users];
        for (int u = 0; u < users; u++) if (take(ptr[u + 1] - ptr[u]) > 0) eligible[count++] = u;
        if (count <= maxUsers) return Arrays.copyOf(eligible, count);
        for (int i = 0; i < maxUsers; i++) {   // partial Fisher-Yates over the users
            int j = i + rnd.nextInt(count - i), tmp = eligible[i];
            eligible[i] = eligible[j];
            eligible[j] = tmp;
        }
        int[] chosen = Arrays.copyOf(eligible, maxUsers);
        Arrays.sort(chosen);
        return chosen;
    }
}
