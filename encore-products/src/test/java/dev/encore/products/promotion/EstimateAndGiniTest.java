package dev.encore.products.promotion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EstimateAndGiniTest {
    @Test
    void differenceOfMeansScaledToTheTreatmentWithWelchInterval() {
        // treatment: 4 listeners with 2,4,4,6 (mean 4, var 8/3); holdout: 3 listeners with 1,2,3 (mean 2, var 1)
        Estimate e = Estimate.of(4, 16, 4 + 16 + 16 + 36, 3, 6, 1 + 4 + 9);
        assertThat(e.value()).isEqualTo(8.0);
        double se = Math.sqrt((8.0 / 3) / 4 + 1.0 / 3) * 4;
        assertThat(e.low()).isCloseTo(8 - 1.959964 * se, within(1e-4));
        assertThat(e.high()).isCloseTo(8 + 1.959964 * se, within(1e-4));
        assertThat(e.significant()).isTrue();
    }

    @Test
    void noIntervalWithoutAHoldout() {
        Estimate e = Estimate.of(10, 20, 50, 1, 1, 1);
        assertThat(e.low()).isNull();
        assertThat(e.significant()).isFalse();
    }

    @Test
    void giniOfEqualAndConcentratedExposure() {
        assertThat(Gini.of(new double[]{5, 5, 5, 5})).isZero();
        assertThat(Gini.of(new double[]{0, 0, 0, 10})).isCloseTo(0.75, within(1e-12));
        assertThat(Gini.of(new double[]{1, 2, 3})).isCloseTo(2.0 / 9, within(1e-12));
    }
}
