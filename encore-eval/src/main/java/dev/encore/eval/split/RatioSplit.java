package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-user random train/validation/test split by ratio, as RecBole's "RS" split grouped by user (the protocol of
 * the RecBole and RecBole-GNN result tables): each user's interactions are shuffled (seeded); validation and test get
 * ⌊ratio·n⌋ each, raised to 1 when ratio·n is in (0, 1) and train keeps more than one, train keeps the rest.
 * The evaluated model trains on the train part only and the validation part is left out of its candidates at test
 * time ({@link Split#unranked()}); {@link #validation} returns (train, validation) from the same cut, so tuning never
 * sees the test part and the final model never trains on the validation part.
 */
public final class RatioSplit implements Splitter {
    private final double trainRatio, validRatio, testRatio;

    public RatioSplit(double trainRatio, double validRatio, double testRatio) {
        if (!(trainRatio > 0 && validRatio >= 0 && testRatio > 0) || Math.abs(trainRatio + validRatio + testRatio - 1) > 1e-9)
            throw new IllegalArgumentException("ratios must be positive (validation may be 0) and sum to 1, got "
                    + trainRatio + ", " + validRatio + ", " + testRatio + " (e.g. ratio:0.8:0.1:0.1)");
        this.trainRatio = trainRatio;
        this.validRatio = validRatio;
        this.testRatio = testRatio;
    }

    @Override
    public Split split(InteractionLog log, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] g = log.byUser();
        int[] ptr = g[0], order = g[1];
        byte[] part = new byte[log.size()];   // 0 train, 1 validation, 2 test
        for (int u = 0; u < log.users(); u++) {
            int s = ptr[u], n = ptr[u + 1] - s;
            if (n == 0) continue;
            int[] idx = java.util.Arrays.copyOfRange(order, s, s + n);
            for (int i = n - 1; i > 0; i--) {   // Fisher-Yates
                int j = rnd.nextInt(i + 1);
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j] = tmp;
            }
            int[] counts = counts(n);
            for (int i = counts[0]; i < counts[0] + counts[1]; i++) part[idx[i]] = 1;
            for (int i = counts[0] + counts[1]; i < n; i++) part[idx[i]] = 2;
        }
        boolean[] train = new boolean[part.length], valid = new boolean[part.length], test = new boolean[part.length];
        for (int i = 0; i < part.length; i++) {
            train[i] = part[i] == 0;
            valid[i] = part[i] == 1;
            test[i] = part[i] == 2;
        }
        // The final model never trains on the validation part, and (as in RecBole) never ranks it at test time.
        return new Split(log.select(train, true), log.select(test, true), "ratio",
                Map.of("train", trainRatio, "validation", validRatio, "test", testRatio, "seed", seed), log.select(valid, true));
    }

    /** The same cut's (train, validation) pair: the validation part is the split's unranked part. */
    @Override
    public Split validation(Split split, long seed) {
        InteractionLog valid = split.unranked();
        if (valid == null || !"ratio".equals(split.protocol()))
            throw new IllegalArgumentException("this split was not made by a ratio splitter; split the log with it first");
        if (valid.size() == 0) throw new IllegalArgumentException("the validation ratio is 0: use e.g. ratio:0.8:0.1:0.1 to tune");
        return new Split(split.train(), valid, "ratio/validation", split.settings());
    }

    /** {train, validation, test} sizes for a user with n interactions. */
    int[] counts(int n) {
        int valid = (int) (validRatio * n), test = (int) (testRatio * n);
        int train = n - valid - test;
        if (train > 1 && testRatio * n > 0 && testRatio * n < 1) { test++; train--; }
        if (train > 1 && validRatio * n > 0 && validRatio * n < 1) { valid++; train--; }
        return new int[] {train, valid, test};
    }
}
