package dev.encore.ml.ease;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SpdInverseTest {
    /** A random SPD matrix MᵀM + n·I with a seed. */
    static double[][] randomSpd(int n, long seed) {
        Random rnd = new Random(seed);
        double[][] m = new double[n][n];
        for (double[] row : m) for (int j = 0; j < n; j++) row[j] = rnd.nextGaussian();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += m[k][i] * m[k][j];
                a[i][j] = s + (i == j ? n : 0);
            }
        }
        return a;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }

    @Test
    void inverseTimesMatrixIsTheIdentityAcrossBlockBoundaries() {
        for (int n : new int[] {1, 2, 63, 64, 65, 130}) {
            double[][] a = randomSpd(n, n);
            double[][] inv = copy(a);
            SpdInverse.invert(inv, 2);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) s += a[i][k] * inv[k][j];
                    assertThat(s).as("n=%d (A·A⁻¹)[%d][%d]", n, i, j).isCloseTo(i == j ? 1 : 0, within(1e-10));
                }
            }
        }
    }

    @Test
    void twoByTwoMatchesTheTextbookFormula() {
        double[][] a = {{4, 1}, {1, 3}};
        SpdInverse.invert(a, 1);
        double det = 4 * 3 - 1;
        assertThat(a[0]).containsExactly(new double[] {3 / det, -1 / det}, within(1e-15));
        assertThat(a[1]).containsExactly(new double[] {-1 / det, 4 / det}, within(1e-15));
    }

    @Test
    void threadCountDoesNotChangeTheResult() {
        double[][] a = randomSpd(150, 9);
        double[][] one = copy(a), three = copy(a);
        SpdInverse.invert(one, 1);
        SpdInverse.invert(three, 3);
        for (int i = 0; i < a.length; i++) assertThat(three[i]).containsExactly(one[i]);
    }

    @Test
    void refusesMatricesThatAreNotPositiveDefinite() {
        double[][] a = {{1, 2}, {2, 1}}; // eigenvalues 3 and -1
        assertThatThrownBy(() -> SpdInverse.invert(a, 1)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("not positive definite").hasMessageContaining("row 1");
        assertThatThrownBy(() -> SpdInverse.invert(new double[][] {{1, 0}, {0}}, 1)).hasMessageContaining("not square");
    }
}
