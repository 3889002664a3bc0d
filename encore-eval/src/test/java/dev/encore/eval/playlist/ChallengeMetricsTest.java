package dev.encore.eval.playlist;

import dev.encore.eval.playlist.ChallengeMetrics.Ideal;
import org.junit.jupiter.api.Test;

import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hand-worked examples; artist of track t is t / 10 (tracks 0-9 by artist 0, 10-19 by artist 1, ...). */
class ChallengeMetricsTest {
    private static final double EPS = 1e-12;
    private static final IntUnaryOperator ARTIST = t -> t / 10;

    @Test
    void rPrecisionWithArtistCredit() {
        int[] hidden = {1, 2, 23, 35}; // |G| = 4, artists {0, 2, 3}
        // first 4 predictions: 2 (hit), 5 (artist 0 → 0.25), 7 (artist 0 again → nothing), 40 (artist 4 → nothing)
        int[] predicted = {2, 5, 7, 40, 1, 23};
        assertThat(ChallengeMetrics.rPrecision(hidden, predicted, ARTIST)).isCloseTo((1 + 0.25) / 4, within(EPS));
        assertThat(ChallengeMetrics.rPrecision(hidden, predicted)).isCloseTo(1 / 4.0, within(EPS));
        // 29 (artist 2, new → 0.25), 31 (artist 3 → 0.25), 35 (hit), 1 (hit) → 2.5 / 4
        assertThat(ChallengeMetrics.rPrecision(hidden, new int[] {29, 31, 35, 1}, ARTIST)).isCloseTo(2.5 / 4, within(EPS));
        // a perfect list scores exactly 1 (no extra artist credit for tracks that matched)
        assertThat(ChallengeMetrics.rPrecision(hidden, new int[] {35, 23, 2, 1}, ARTIST)).isEqualTo(1.0);
    }

    @Test
    void ndcgAsInTheRules() {
        int[] hidden = {1, 2, 3};
        // hits at ranks 2 and 3: DCG = 1/log2(2) + 1/log2(3); |G ∩ R| = 2 → IDCG = 1 + 1/log2(2) = 2
        int[] predicted = {9, 1, 2, 8};
        assertThat(ChallengeMetrics.ndcg(hidden, predicted, Ideal.RULES)).isCloseTo((1 + 1 / log2(3)) / 2, within(EPS));
        // one hit at rank 1 is "ideal" for its intersection of size 1
        assertThat(ChallengeMetrics.ndcg(hidden, new int[] {3, 9}, Ideal.RULES)).isEqualTo(1.0);
        assertThat(ChallengeMetrics.ndcg(hidden, new int[] {7, 8, 9}, Ideal.RULES)).isEqualTo(0.0);
    }

    @Test
    void ndcgAsInTheReferenceCode() {
        int[] hidden = {1, 2, 3};
        // DCG = 1/log2(3) + 1/log2(4); IDCG over min(3, 500) = 1 + 1/log2(3) + 1/log2(4)
        double expected = (1 / log2(3) + 0.5) / (1 + 1 / log2(3) + 0.5);
        assertThat(ChallengeMetrics.ndcg(hidden, new int[] {9, 1, 2, 8}, Ideal.REFERENCE_CODE)).isCloseTo(expected, within(EPS));
        assertThat(ChallengeMetrics.ndcg(hidden, new int[] {3, 2, 1}, Ideal.REFERENCE_CODE)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void clicksCountPagesOfTenBeforeTheFirstHit() {
        int[] hidden = {1000};
        assertThat(ChallengeMetrics.clicks(hidden, withHitAtRank(1))).isZero();
        assertThat(ChallengeMetrics.clicks(hidden, withHitAtRank(10))).isZero();
        assertThat(ChallengeMetrics.clicks(hidden, withHitAtRank(11))).isEqualTo(1);
        assertThat(ChallengeMetrics.clicks(hidden, withHitAtRank(500))).isEqualTo(49);
        assertThat(ChallengeMetrics.clicks(hidden, new int[] {1, 2, 3})).isEqualTo(51);
        // rank 501 is past the 500 that count
        assertThat(ChallengeMetrics.clicks(hidden, withHitAtRank(501))).isEqualTo(51);
    }

    @Test
    void badPredictionsAreRefused() {
        assertThatThrownBy(() -> ChallengeMetrics.clicks(new int[] {1}, new int[] {4, 5, 4}))
                .hasMessageContaining("track 4 is predicted twice (again at rank 3)");
        assertThatThrownBy(() -> ChallengeMetrics.rPrecision(new int[] {}, new int[] {1})).hasMessageContaining("empty ground truth");
    }

    private static int[] withHitAtRank(int rank) {
        int[] p = IntStream.range(0, rank).toArray();
        p[rank - 1] = 1000;
        return p;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
