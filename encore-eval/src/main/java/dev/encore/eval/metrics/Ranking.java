package dev.encore.eval.metrics;

import java.util.Arrays;

/**
 * Turns scores into a ranked list with a fixed tie rule: higher score first, equal scores by ascending item index
 * (the rule of the ml module's TopK), so two runs, or two models that tie, always rank the same way. NaN scores
 * are dropped.
 */
public final class Ranking {
    private Ranking() {}

    public static int[] byScore(int[] items, float[] scores, int k) {
        if (items.length != scores.length) throw new IllegalArgumentException("items and scores differ in length");
        Integer[] order = new Integer[items.length];
        int n = 0;
        for (int i = 0; i < items.length; i++) if (!Float.isNaN(scores[i])) order[n++] = i;
        Arrays.sort(order, 0, n, (a, b) -> {
            int c = Float.compare(scores[b], scores[a]);
            return c != 0 ? c : Integer.compare(items[a], items[b]);
        });
        int[] out = new int[Math.min(k, n)];
        for (int i = 0; i < out.length; i++) out[i] = items[order[i]];
        return out;
    }
}
