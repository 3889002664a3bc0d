package dev.encore.eval.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Every expected value below is worked out by hand in the comment next to it. */
class RankingMetricsTest {
    private static final double EPS = 1e-9;
    private static final double L3 = 1 / log2(3), L5 = 1 / log2(5); // discounts of ranks 2 and 4

    // ranked: 5, 3, 9, 1, 7 — relevant {1, 3, 4}: hits at ranks 2 (item 3) and 4 (item 1); item 4 never recommended.
    private final int[] ranked = {5, 3, 9, 1, 7};
    private final int[] relevant = {1, 3, 4};

    @Test
    void atFive() {
        assertThat(RankingMetrics.hits(ranked, relevant, 5)).isEqualTo(2);
        assertThat(RankingMetrics.precision(ranked, relevant, 5)).isCloseTo(2 / 5.0, within(EPS));
        assertThat(RankingMetrics.recall(ranked, relevant, 5)).isCloseTo(2 / 3.0, within(EPS));
        assertThat(RankingMetrics.hitRate(ranked, relevant, 5)).isEqualTo(1.0);
        // DCG = 1/log2(3) + 1/log2(5); IDCG over min(5, 3) = 3 ranks = 1 + 1/log2(3) + 1/log2(4)
        assertThat(RankingMetrics.ndcg(ranked, relevant, 5)).isCloseTo((L3 + L5) / (1 + L3 + 0.5), within(EPS));
        // AP@5 = (1/2 + 2/4) / min(5, 3)
        assertThat(RankingMetrics.averagePrecision(ranked, relevant, 5)).isCloseTo(1.0 / 3, within(EPS));
        assertThat(RankingMetrics.reciprocalRank(ranked, relevant, 5)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void atTwo() {
        assertThat(RankingMetrics.precision(ranked, relevant, 2)).isCloseTo(0.5, within(EPS));
        assertThat(RankingMetrics.recall(ranked, relevant, 2)).isCloseTo(1 / 3.0, within(EPS));
        // DCG = 1/log2(3); IDCG over min(2, 3) = 2 ranks = 1 + 1/log2(3)
        assertThat(RankingMetrics.ndcg(ranked, relevant, 2)).isCloseTo(L3 / (1 + L3), within(EPS));
        // AP@2 = (1/2) / min(2, 3)
        assertThat(RankingMetrics.averagePrecision(ranked, relevant, 2)).isCloseTo(0.25, within(EPS));
        assertThat(RankingMetrics.reciprocalRank(ranked, relevant, 1)).isEqualTo(0.0);
        assertThat(RankingMetrics.hitRate(ranked, relevant, 1)).isEqualTo(0.0);
    }

    @Test
    void rPrecisionLooksAtTheFirstRItems() {
        // R = 3: first three are 5, 3, 9 → one hit
        assertThat(RankingMetrics.rPrecision(ranked, relevant)).isCloseTo(1 / 3.0, within(EPS));
        assertThat(RankingMetrics.rPrecision(new int[] {4, 1, 3}, relevant)).isEqualTo(1.0);
        // a list shorter than R counts the missing places as misses: one hit of R = 3
        assertThat(RankingMetrics.rPrecision(new int[] {3}, relevant)).isCloseTo(1 / 3.0, within(EPS));
    }

    @Test
    void kLargerThanTheList() {
        int[] shortList = {3, 8};
        int[] rel = {3};
        // precision still divides by K: 1 hit / 10
        assertThat(RankingMetrics.precision(shortList, rel, 10)).isCloseTo(0.1, within(EPS));
        assertThat(RankingMetrics.recall(shortList, rel, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(shortList, rel, 10)).isCloseTo(1.0, within(EPS));
        assertThat(RankingMetrics.averagePrecision(shortList, rel, 10)).isCloseTo(1.0, within(EPS));
        assertThat(RankingMetrics.reciprocalRank(new int[] {}, rel, 10)).isEqualTo(0.0);
    }

    @Test
    void perfectListScoresOneAndMoreRelevantThanK() {
        int[] rel = {0, 1, 2, 3, 4, 5};
        int[] perfect = {2, 0, 1};
        assertThat(RankingMetrics.ndcg(perfect, rel, 3)).isCloseTo(1.0, within(EPS));
        assertThat(RankingMetrics.averagePrecision(perfect, rel, 3)).isCloseTo(1.0, within(EPS));
        assertThat(RankingMetrics.precision(perfect, rel, 3)).isEqualTo(1.0);
        assertThat(RankingMetrics.recall(perfect, rel, 3)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void tiedScoresAreBrokenByItemIndex() {
        // items 4 and 2 tie at 0.5; item 7 leads with 0.9 → 7, 2, 4
        int[] list = Ranking.byScore(new int[] {4, 2, 7}, new float[] {0.5f, 0.5f, 0.9f}, 3);
        assertThat(list).containsExactly(7, 2, 4);
        // so a relevant item 4 sits at rank 3 whatever order the scores came in
        assertThat(RankingMetrics.reciprocalRank(list, new int[] {4}, 3)).isCloseTo(1 / 3.0, within(EPS));
        assertThat(Ranking.byScore(new int[] {7, 4, 2}, new float[] {0.9f, 0.5f, 0.5f}, 3)).containsExactly(7, 2, 4);
        // NaN scores are dropped, k truncates
        assertThat(Ranking.byScore(new int[] {1, 2, 3}, new float[] {Float.NaN, 0.1f, 0.2f}, 5)).containsExactly(3, 2);
        assertThat(Ranking.byScore(new int[] {1, 2, 3}, new float[] {0.3f, 0.1f, 0.2f}, 1)).containsExactly(1);
    }

    @Test
    void emptyGroundTruthIsRefusedNotScoredZero() {
        assertThatThrownBy(() -> RankingMetrics.ndcg(ranked, new int[0], 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty ground truth");
        assertThatThrownBy(() -> RankingMetrics.precision(ranked, relevant, 0)).hasMessageContaining("K must be >= 1");
    }

    @Test
    void metricEnumDispatchesAndParses() {
        assertThat(Metric.byKey("ndcg@10")).isEqualTo(Metric.NDCG);
        assertThat(Metric.NDCG.label(10)).isEqualTo("ndcg@10");
        assertThat(Metric.R_PRECISION.label(10)).isEqualTo("rprecision");
        assertThat(Metric.MAP.of(ranked, relevant, 5)).isEqualTo(RankingMetrics.averagePrecision(ranked, relevant, 5));
        assertThatThrownBy(() -> Metric.byKey("auc")).hasMessageContaining("known: recall");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
