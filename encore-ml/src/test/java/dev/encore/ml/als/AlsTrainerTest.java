package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.Params;
import dev.encore.ml.bench.SyntheticMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AlsTrainerTest {

    /** 6 users × 5 items with varied weights, one user with nothing and one negative (disliked) cell. */
    static InteractionMatrix tiny() {
        MatrixBuilder b = new MatrixBuilder();
        float[][] cells = {{0, 0, 3}, {0, 1, 1}, {0, 3, 0.5f}, {1, 1, 2}, {1, 2, 4}, {2, 0, 1}, {2, 4, 6},
                {3, 2, 1}, {3, 3, 2}, {3, 4, 1}, {5, 0, 2}, {5, 1, 1}, {5, 2, 1}, {5, 3, 1}, {5, 4, -2}};
        for (float[] c : cells) b.add((int) c[0], (int) c[1], c[2]);
        return b.build(6, 5, false);
    }

    @Test
    void enoughCgStepsMatchADirectSolveOfTheNormalEquations() {
        InteractionMatrix m = tiny();
        AlsParams p = new AlsParams(3, 0.1, 2.0, 3, 10, 1, 7, true);
        float[][] init = AlsTrainer.initialFactors(6, 5, 3, 7);
        AlsFactors fast = AlsTrainer.train(m, p, init[0], init[1], AlsTrainer.Listener.NONE);

        double[][] x = ReferenceAls.toRows(init[0], 6, 3), y = ReferenceAls.toRows(init[1], 5, 3);
        InteractionMatrix iu = m.transpose();
        for (int it = 0; it < 3; it++) ReferenceAls.iterate(m, iu, x, y, p, true);

        assertClose(fast.userFactors(), x, 2e-4);
        assertClose(fast.itemFactors(), y, 2e-4);
        assertThat(fast.userFactors()[4 * 3]).isZero(); // user 4 has no items
    }

    @Test
    void theFusedLossEqualsTheLossOverEveryCell() {
        InteractionMatrix m = tiny();
        AlsParams p = new AlsParams(3, 0.1, 2.0, 4, 3, 1, 7, true);
        AlsFactors fast = AlsTrainer.train(m, p, AlsTrainer.Listener.NONE);
        double[][] x = ReferenceAls.toRows(fast.userFactors(), 6, 3), y = ReferenceAls.toRows(fast.itemFactors(), 5, 3);
        double dense = ReferenceAls.denseLoss(m, x, y, p);
        assertThat(ReferenceAls.sparseLoss(m, x, y, p)).isCloseTo(dense, within(1e-12));
        assertThat(fast.finalLoss()).isCloseTo(dense, within(dense * 1e-5));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 64}) // generic kernel path and the register-resident rank-64 path
    void lossMatchesAStraightforwardReferenceAfterTheSameIterations(int factors) {
        InteractionMatrix m = SyntheticMatrix.powerLaw(1200, 500, 24_000, 3);
        AlsParams p = new AlsParams(factors, 0.05, 5.0, 5, 3, 2, 11, true);
        float[][] init = AlsTrainer.initialFactors(m.rows(), m.cols(), factors, 11);
        AlsFactors fast = AlsTrainer.train(m, p, init[0], init[1], AlsTrainer.Listener.NONE);

        double[][] x = ReferenceAls.toRows(init[0], m.rows(), factors), y = ReferenceAls.toRows(init[1], m.cols(), factors);
        InteractionMatrix iu = m.transpose();
        for (int it = 0; it < p.iterations(); it++) {
            ReferenceAls.iterate(m, iu, x, y, p, false);
            double ref = ReferenceAls.sparseLoss(m, x, y, p);
            assertThat(fast.loss()[it]).as("loss after iteration %d", it).isCloseTo(ref, within(ref * 1e-4));
        }
    }

    @Test
    void lossDecreasesEveryIteration() {
        InteractionMatrix m = SyntheticMatrix.powerLaw(2000, 800, 40_000, 5);
        AlsFactors f = AlsTrainer.train(m, new AlsParams(16, 0.01, 10, 10, 3, 2, 1, true), AlsTrainer.Listener.NONE);
        for (int it = 1; it < f.loss().length; it++) {
            assertThat(f.loss()[it]).as("iteration %d", it).isLessThanOrEqualTo(f.loss()[it - 1] * (1 + 1e-6));
        }
        assertThat(f.loss()[f.loss().length - 1]).isLessThan(f.loss()[0] * 0.95);
    }

    @Test
    void factorsAreIdenticalForASeedWhateverTheThreadCount() {
        InteractionMatrix m = SyntheticMatrix.powerLaw(3000, 1000, 60_000, 9);
        AlsParams p = new AlsParams(24, 0.01, 10, 3, 3, 1, 99, true);
        AlsFactors one = AlsTrainer.train(m, p, AlsTrainer.Listener.NONE);
        for (int threads : new int[] {2, 3}) {
            AlsFactors many = AlsTrainer.train(m, p.withThreads(threads), AlsTrainer.Listener.NONE);
            assertThat(many.userFactors()).isEqualTo(one.userFactors());
            assertThat(many.itemFactors()).isEqualTo(one.itemFactors());
            assertThat(many.loss()).isEqualTo(one.loss());
        }
        AlsFactors otherSeed = AlsTrainer.train(m, new AlsParams(24, 0.01, 10, 3, 3, 1, 100, true), AlsTrainer.Listener.NONE);
        assertThat(otherSeed.itemFactors()).isNotEqualTo(one.itemFactors());
    }

    @Test
    void lossIsSkippedWhenNotAskedFor() {
        AlsFactors f = AlsTrainer.train(tiny(), new AlsParams(3, 0.1, 2, 2, 3, 1, 1, false), AlsTrainer.Listener.NONE);
        assertThat(f.loss()).containsOnly(Double.NaN);
        assertThat(f.iterationSeconds()).hasSize(2);
        assertThat(f.iterationSeconds()[0]).isPositive();
    }

    @Test
    void badParametersAreRejectedWithTheNameAndAnExample() {
        assertThatThrownBy(() -> AlsParams.from(Params.parse("factors=0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factors=0").hasMessageContaining("e.g.");
        assertThatThrownBy(() -> AlsParams.from(Params.parse("regularization=-1")))
                .hasMessageContaining("regularization");
        assertThatThrownBy(() -> AlsParams.from(Params.parse("cg_steps=0"))).hasMessageContaining("cg_steps");
        assertThatThrownBy(() -> AlsTrainer.train(tiny(), AlsParams.defaults(), new float[3], new float[3], AlsTrainer.Listener.NONE))
                .hasMessageContaining("user initial factors");
        assertThat(AlsParams.from(Params.parse("factors=8,alpha=2,iterations=4,cg_steps=5,seed=3")))
                .isEqualTo(new AlsParams(8, AlsParams.DEFAULT_REGULARIZATION, 2, 4, 5, 0, 3, true));
    }

    static void assertClose(float[] actual, double[][] expected, double tol) {
        int f = expected[0].length;
        for (int r = 0; r < expected.length; r++) {
            for (int d = 0; d < f; d++) {
                assertThat((double) actual[r * f + d]).as("row %d dim %d", r, d).isCloseTo(expected[r][d], within(tol));
            }
        }
    }
}
