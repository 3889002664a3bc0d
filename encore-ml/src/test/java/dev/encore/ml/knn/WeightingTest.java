package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The weights of each scheme on a 2-item × 2-user matrix, worked out by hand from the documented formulas. */
class WeightingTest {
    /** Item 0: user 0 weight 2. Item 1: user 0 weight 1, user 1 weight 3. So N = 2, df(u0) = 2, df(u1) = 1. */
    private static InteractionMatrix itemUsers() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 2);
        b.add(1, 0, 1);
        b.add(1, 1, 3);
        return b.build(2, 2, true);
    }

    @Test
    void cosineScalesEachItemToUnitLength() {
        float[] w = Weighting.COSINE.apply(itemUsers(), 1.2, 0.75);
        assertThat(w).containsExactly(new float[] {1f, (float) (1 / Math.sqrt(10)), (float) (3 / Math.sqrt(10))}, within(1e-6f));
    }

    @Test
    void tfidfIsSqrtWeightTimesSmoothedIdfThenUnitLength() {
        double idf0 = Math.log(3.0 / 3) + 1;  // ln((1 + N) / (1 + df)) + 1 with df = 2
        double idf1 = Math.log(3.0 / 2) + 1;  // df = 1
        double a = Math.sqrt(1) * idf0, b = Math.sqrt(3) * idf1, norm = Math.hypot(a, b);
        float[] w = Weighting.TFIDF.apply(itemUsers(), 1.2, 0.75);
        assertThat(w).containsExactly(new float[] {1f, (float) (a / norm), (float) (b / norm)}, within(1e-6f));
    }

    @Test
    void bm25DampsWeightsByItemLengthAndUserIdf() {
        double k1 = 1.2, b = 0.75, avg = (2 + 4) / 2.0;
        double idf0 = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5)), idf1 = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
        double norm0 = 1 - b + b * 2 / avg, norm1 = 1 - b + b * 4 / avg;
        float[] expected = {
                (float) (2 * (k1 + 1) / (k1 * norm0 + 2) * idf0),
                (float) (1 * (k1 + 1) / (k1 * norm1 + 1) * idf0),
                (float) (3 * (k1 + 1) / (k1 * norm1 + 3) * idf1)};
        assertThat(Weighting.BM25.apply(itemUsers(), k1, b)).containsExactly(expected, within(1e-6f));
    }

    @Test
    void idfStaysPositiveForAUserWhoPlayedEverything() {
        // user 0 played both items: implicit's ln(N / (1 + df)) would be negative here
        assertThat(Weighting.BM25.apply(itemUsers(), 1.2, 0.75)[0]).isPositive();
        assertThat(Weighting.TFIDF.apply(itemUsers(), 1.2, 0.75)[0]).isPositive();
    }

    @Test
    void rejectsUnknownNamesAndBadBm25Parameters() {
        assertThat(Weighting.parse(" BM25 ")).isEqualTo(Weighting.BM25);
        assertThatThrownBy(() -> Weighting.parse("jaccard")).hasMessageContaining("cosine, tfidf, bm25");
        assertThatThrownBy(() -> Weighting.BM25.apply(itemUsers(), 1.2, 1.5)).hasMessageContaining("0 <= b <= 1");
    }
}
