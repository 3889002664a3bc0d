package dev.encore.ml.linalg;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CholeskyTest {
    @Test
    void solvesASymmetricPositiveDefiniteSystem() {
        int n = 12;
        Random r = new Random(3);
        double[] b = new double[n * n];
        for (int i = 0; i < b.length; i++) b[i] = r.nextGaussian();
        double[] a = new double[n * n]; // BᵀB + I is SPD
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) a[i * n + j] += b[k * n + i] * b[k * n + j];
            if (i == j) a[i * n + j] += 1;
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = r.nextGaussian();
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) rhs[i] += a[i * n + j] * x[j];
        double[] solved = Cholesky.factor(a, n).solve(rhs);
        for (int i = 0; i < n; i++) assertThat(solved[i]).isCloseTo(x[i], within(1e-9));
    }

    @Test
    void floatSolverAgreesWithTheDoubleSolveToFloatRounding() {
        int n = 64;   // the ALS rank served by default: exercises full SIMD blocks and the tails
        Random r = new Random(5);
        double[] b = new double[n * n];
        for (int i = 0; i < b.length; i++) b[i] = r.nextGaussian();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) a[i * n + j] += b[k * n + i] * b[k * n + j];
            if (i == j) a[i * n + j] += n;
        }
        Cholesky chol = Cholesky.factor(a, n);
        float[] rhs = new float[n + 3];   // solved from an offset, as explanations read item factor rows in place
        double[] rhsD = new double[n];
        for (int i = 0; i < n; i++) rhsD[i] = rhs[i + 3] = (float) r.nextGaussian();
        double[] expected = chol.solve(rhsD);
        float[] x = new float[n];
        chol.floatSolver().solve(rhs, 3, x);
        for (int i = 0; i < n; i++) assertThat((double) x[i]).isCloseTo(expected[i], within(1e-5));
    }

    @Test
    void rejectsAMatrixThatIsNotPositiveDefinite() {
        assertThatThrownBy(() -> Cholesky.factor(new double[] {1, 2, 2, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regularization");
    }
}
