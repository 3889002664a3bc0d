package dev.encore.eval.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BeyondAccuracyTest {
    private static final double EPS = 1e-9;

    @Test
    void coverageCountsDistinctItemsInTopK() {
        int[][] lists = {{0, 1}, {1, 2}};
        assertThat(BeyondAccuracy.coverage(lists, null, 2, 5)).isCloseTo(3 / 5.0, within(EPS)); // {0,1,2}
        assertThat(BeyondAccuracy.coverage(lists, null, 1, 5)).isCloseTo(2 / 5.0, within(EPS)); // {0,1}
        assertThat(BeyondAccuracy.coverage(lists, new int[] {1, 1}, 2, 5)).isCloseTo(2 / 5.0, within(EPS)); // {1,2}
    }

    @Test
    void noveltyIsMeanSelfInformation() {
        int[] pop = {4, 2, 1, 0};
        // −log2(4/4) = 0, −log2(2/4) = 1 → 0.5
        assertThat(BeyondAccuracy.novelty(new int[] {0, 1}, 10, pop, 4)).isCloseTo(0.5, within(EPS));
        // unseen item counts as pop 1: −log2(1/4) = 2
        assertThat(BeyondAccuracy.novelty(new int[] {3}, 10, pop, 4)).isCloseTo(2.0, within(EPS));
        assertThat(BeyondAccuracy.novelty(new int[] {}, 10, pop, 4)).isNaN();
        // ARP: (4 + 2) / 2
        assertThat(BeyondAccuracy.averagePopularity(new int[] {0, 1, 2}, 2, pop)).isCloseTo(3.0, within(EPS));
    }

    @Test
    void diversityByArtistAndTags() {
        int[] artist = {0, 0, 1, -1};
        // pairs (0,1) same, (0,2) differ, (1,2) differ → 2/3; item 3 (unknown artist) is left out
        assertThat(BeyondAccuracy.diversityByArtist(new int[] {0, 1, 2, 3}, 4, artist)).isCloseTo(2 / 3.0, within(EPS));
        assertThat(BeyondAccuracy.diversityByArtist(new int[] {0, 1}, 2, artist)).isEqualTo(0.0);
        assertThat(BeyondAccuracy.diversityByArtist(new int[] {3, 0}, 2, artist)).isNaN();
        int[][] tags = {{1, 2}, {2, 3}, null};
        // only pair (0,1): Jaccard {1,2} vs {2,3} = 1/3 → distance 2/3
        assertThat(BeyondAccuracy.diversityByTags(new int[] {0, 1, 2}, 3, tags)).isCloseTo(2 / 3.0, within(EPS));
    }

    @Test
    void exposureAndGini() {
        int[] artist = {0, 0, 1, -1};
        // slots: items 0, 2 | 1, 3 → artist 0 twice, artist 1 once, unknown left out
        double[] share = BeyondAccuracy.artistExposure(new int[][] {{0, 2}, {1, 3}}, null, 2, artist, 3);
        assertThat(share).containsExactly(new double[] {2 / 3.0, 1 / 3.0, 0}, within(EPS));
        // sorted 0, 0, 1: Σ(2i − n − 1)x_i = (6 − 4)·1 = 2; / (3 · 1)
        assertThat(BeyondAccuracy.gini(new double[] {0, 1, 0})).isCloseTo(2 / 3.0, within(EPS));
        assertThat(BeyondAccuracy.gini(new double[] {0.25, 0.25, 0.25, 0.25})).isCloseTo(0.0, within(EPS));
        assertThat(BeyondAccuracy.gini(new double[] {0, 0})).isEqualTo(0.0);
    }
}
