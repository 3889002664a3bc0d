package dev.encore.eval.split;

import dev.encore.eval.data.InteractionLog;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * Leave-last-N-out: each user's N most recent interactions (by timestamp; ties broken by item index so the cut is
 * deterministic) go to test. Users with ≤ N interactions stay wholly in train. The usual protocol of sequential
 * recommendation (e.g. Kang &amp; McAuley, SASRec, ICDM 2018, with N = 1). Needs timestamps.
 */
public final class LeaveLastOut implements Splitter {
    private final int n;

    public LeaveLastOut(int n) {
        if (n < 1) throw new IllegalArgumentException("leave-last-out needs N >= 1, got " + n);
        this.n = n;
    }

    @Override
    public Split split(InteractionLog log, long seed) {
        if (!log.timed())
            throw new IllegalArgumentException("leave-last-" + n + "-out needs a timestamp on every interaction; "
                    + "this data has none (use a random holdout instead)");
        int[][] g = log.byUser();
        int[] ptr = g[0], order = g[1];
        boolean[] test = new boolean[log.size()];
        for (int u = 0; u < log.users(); u++) {
            int s = ptr[u], len = ptr[u + 1] - s;
            if (len <= n) continue;
            Integer[] idx = new Integer[len];
            for (int i = 0; i < len; i++) idx[i] = order[s + i];
            Arrays.sort(idx, Comparator.<Integer>comparingLong(log::time).thenComparingInt(log::item));
            for (int i = len - n; i < len; i++) test[idx[i]] = true;
        }
        return new Split(log.select(test, false), log.select(test, true), "leave-last-out", Map.of("n", n, "seed", seed));
    }
}
