package dev.encore.bench.ann;

import dev.encore.ml.bench.SyntheticFactors;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MipTransformTest {
    private static double dot(float[] a, int ao, float[] b, int bo, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += (double) a[ao + i] * b[bo + i];
        return s;
    }

    @Test
    void itemsBecomeUnitVectorsWhoseDotWithTheQueryIsTheInnerProductScaled() {
        int n = 200, dim = 8;
        float[] m = SyntheticFactors.gaussian(n, dim, 5), q = Arrays.copyOf(SyntheticFactors.gaussian(1, dim, 6), dim);
        float[] items = MipTransform.items(m, n, dim), query = MipTransform.query(q);
        assertThat(query).hasSize(dim + 1);
        assertThat(query[dim]).isZero();
        assertThat(dot(query, 0, query, 0, dim + 1)).isCloseTo(1, within(1e-5));
        double maxNorm = 0;
        for (int i = 0; i < n; i++) maxNorm = Math.max(maxNorm, Math.sqrt(dot(m, i * dim, m, i * dim, dim)));
        double scale = 1 / (maxNorm * Math.sqrt(dot(q, 0, q, 0, dim)));
        for (int i = 0; i < n; i++) {
            assertThat(dot(items, i * (dim + 1), items, i * (dim + 1), dim + 1)).isCloseTo(1, within(1e-5));
            // one common positive factor: the order by dot product is the order by inner product
            assertThat(dot(items, i * (dim + 1), query, 0, dim + 1)).isCloseTo(dot(m, i * dim, q, 0, dim) * scale, within(1e-5));
        }
    }

    @Test
    void zeroQueryStaysZeroAndAllZeroItemsAreRejected() {
        assertThat(MipTransform.query(new float[3])).containsExactly(0f, 0f, 0f, 0f);
        assertThatThrownBy(() -> MipTransform.items(new float[6], 2, 3)).hasMessageContaining("all 2 item vectors are zero");
    }
}
