package dev.encore.eval.metrics;

import java.util.Arrays;

/**
 * Top-K accuracy metrics for one user with binary relevance. {@code ranked} is the recommendation list, best
 * first, without duplicates; {@code relevant} is the user's held-out items, sorted ascending and unique. Only the
 * first {@code k} entries of {@code ranked} count; a list shorter than k is scored as if padded with non-relevant
 * items (so Precision@K still divides by K). Every function requires a non-empty {@code relevant}: users without
 * ground truth are skipped (and counted) by the caller, never scored as 0.
 */
public final class RankingMetrics {
    private RankingMetrics() {}

    /** Number of relevant items among the first min(k, |ranked|) recommendations. */
    public static int hits(int[] ranked, int[] relevant, int k) {
        int n = Math.min(k, ranked.length), h = 0;
        for (int i = 0; i < n; i++) if (isRelevant(relevant, ranked[i])) h++;
        return h;
    }

    /** Precision@K = hits@K / K (Manning, Raghavan &amp; Schütze, Introduction to IR, 2008, §8.4). */
    public static double precision(int[] ranked, int[] relevant, int k) {
        check(relevant, k);
        return (double) hits(ranked, relevant, k) / k;
    }

    /** Recall@K = hits@K / |relevant| (same source); it cannot reach 1 when |relevant| &gt; K. */
    public static double recall(int[] ranked, int[] relevant, int k) {
        check(relevant, k);
        return (double) hits(ranked, relevant, k) / relevant.length;
    }

    /** HitRate@K = 1 if any of the first K items is relevant, else 0 (Deshpande &amp; Karypis, TOIS 2004). */
    public static double hitRate(int[] ranked, int[] relevant, int k) {
        check(relevant, k);
        return hits(ranked, relevant, k) > 0 ? 1 : 0;
    }

    /**
     * NDCG@K with binary relevance and the standard log2 discount (Järvelin &amp; Kekäläinen, TOIS 2002):
     * DCG@K = Σ_{i=1..K} rel_i / log2(i + 1); IDCG@K is the DCG of a perfect list, Σ_{i=1..min(K, |relevant|)}
     * 1 / log2(i + 1); NDCG@K = DCG@K / IDCG@K.
     */
    public static double ndcg(int[] ranked, int[] relevant, int k) {
        check(relevant, k);
        int n = Math.min(k, ranked.length);
        double dcg = 0;
        for (int i = 0; i < n; i++) if (isRelevant(relevant, ranked[i])) dcg += discount(i + 1);
        double idcg = 0;
        for (int i = 1, m = Math.min(k, relevant.length); i <= m; i++) idcg += discount(i);
        return dcg / idcg;
    }

    /**
     * AP@K = (1 / min(K, |relevant|)) · Σ_{i=1..K} Precision@i · rel_i, the usual truncated average precision
     * (e.g. the apk of Hamner's ml_metrics used by Kaggle; the min makes a perfect list score 1); MAP@K is its mean
     * over users.
     */
    public static double averagePrecision(int[] ranked, int[] relevant, int k) {
        check(relevant, k);
        int n = Math.min(k, ranked.length), h = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (isRelevant(relevant, ranked[i])) {
                h++;
                sum += (double) h / (i + 1);
            }
        }
        return sum / Math.min(k, relevant.length);
    }

    /**
     * Reciprocal rank within the top K: 1 / (rank of the first relevant item), 0 if none is in the first K
     * (Voorhees, TREC-8 QA track, 1999). MRR@K is its mean over users.
     */
    public static double reciprocalRank(int[] ranked, int[] relevant, int k) {
        check(relevant, k);
        int n = Math.min(k, ranked.length);
        for (int i = 0; i < n; i++) if (isRelevant(relevant, ranked[i])) return 1.0 / (i + 1);
        return 0;
    }

    /**
     * R-precision = hits among the first R recommendations / R, with R = |relevant| (Manning et al. 2008, §8.4);
     * K-free. A list shorter than R is padded with non-relevant items.
     */
    public static double rPrecision(int[] ranked, int[] relevant) {
        check(relevant, 1);
        return (double) hits(ranked, relevant, relevant.length) / relevant.length;
    }

    /** log2(rank + 1) discount as a multiplier: 1 / log2(rank + 1), rank 1-based. */
    static double discount(int rank) {
        return 1.0 / (Math.log(rank + 1) / Math.log(2));
    }

    static boolean isRelevant(int[] relevantSorted, int item) {
        return Arrays.binarySearch(relevantSorted, item) >= 0;
    }

    private static void check(int[] relevant, int k) {
        if (relevant.length == 0)
            throw new IllegalArgumentException("empty ground truth: skip (and count) users without held-out items instead of scoring them");
        if (k < 1) throw new IllegalArgumentException("K must be >= 1, got " + k);
    }
}
