package dev.encore.eval.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BootstrapTest {
    @Test
    void sameSeedSameIntervalAndMeanInside() {
        double[] v = gaussian(500, 0.3, 0.1, 1);
        Estimate a = Bootstrap.mean(v, 1000, 7), b = Bootstrap.mean(v, 1000, 7), c = Bootstrap.mean(v, 1000, 8);
        assertThat(a).isEqualTo(b);
        assertThat(c.lo()).isNotEqualTo(a.lo());
        assertThat(a.lo()).isLessThan(a.value());
        assertThat(a.hi()).isGreaterThan(a.value());
        assertThat(a.n()).isEqualTo(500);
    }

    @Test
    void widthMatchesTheNormalApproximation() {
        // for a mean of n draws with sd 0.1, the 95% interval is about ±1.96 · 0.1 / √n wide
        double[] v = gaussian(2000, 0.5, 0.1, 3);
        Estimate e = Bootstrap.mean(v, 1000, 11);
        double expected = 2 * 1.96 * 0.1 / Math.sqrt(2000);
        assertThat(e.hi() - e.lo()).isCloseTo(expected, within(expected * 0.15));
    }

    @Test
    void constantValuesGiveAZeroWidthIntervalAndNaNsAreLeftOut() {
        Estimate e = Bootstrap.mean(new double[] {0.25, Double.NaN, 0.25, 0.25}, 200, 1);
        assertThat(e).isEqualTo(new Estimate(0.25, 0.25, 0.25, 3));
        assertThat(Bootstrap.mean(new double[] {Double.NaN}, 200, 1).n()).isZero();
    }

    @Test
    void pairedTTestMatchesHandComputation() {
        // d = 1, 2, 3, 4: mean 2.5, sd √(5/3) = 1.2910, t = 2.5 / (1.2910 / 2) = 3.8730; df 3 → two-sided p = 0.0305
        PairedComparison.Result r = PairedComparison.compare("m", "a", new double[] {2, 4, 6, 8}, "b", new double[] {1, 2, 3, 4}, 1000, 1);
        assertThat(r.meanDiff()).isCloseTo(2.5, within(1e-12));
        assertThat(r.t()).isCloseTo(3.8730, within(1e-4));
        assertThat(r.tTestP()).isCloseTo(0.0305, within(5e-4));
        assertThat(r.n()).isEqualTo(4);
    }

    @Test
    void identicalModelsAreNotDifferentAndAClearWinnerIs() {
        double[] a = gaussian(300, 0.3, 0.1, 5);
        PairedComparison.Result same = PairedComparison.compare("m", "a", a, "b", a.clone(), 1000, 2);
        assertThat(same.meanDiff()).isZero();
        assertThat(same.tTestP()).isEqualTo(1.0);
        assertThat(same.bootstrapP()).isEqualTo(1.0);
        double[] better = a.clone();
        for (int i = 0; i < better.length; i++) better[i] += 0.05 + 0.01 * Math.sin(i);
        PairedComparison.Result win = PairedComparison.compare("m", "better", better, "a", a, 1000, 2);
        assertThat(win.tTestP()).isLessThan(1e-6);
        assertThat(win.bootstrapP()).isEqualTo(0.0);
        assertThat(win.lo()).isGreaterThan(0.03);
        assertThat(win.hi()).isLessThan(0.07);
    }

    @Test
    void catalogueStatisticsGetAnIntervalAroundTheirFullSampleValue() {
        // 200 users, each covering a distinct item: coverage of a resample drops to ~63% distinct users,
        // so a plain percentile interval would sit near 0.63 and miss the true value 1.0
        java.util.function.ToDoubleFunction<int[]> distinctShare = s -> (double) java.util.Arrays.stream(s).distinct().count() / 200;
        Estimate plain = Bootstrap.of(200, distinctShare, 500, 3);
        assertThat(plain.hi()).isLessThan(0.7);
        Estimate fixed = Bootstrap.biasCorrected(200, distinctShare, 500, 3);
        assertThat(fixed.value()).isEqualTo(1.0);
        assertThat(fixed.lo()).isLessThan(1.0);
        assertThat(fixed.hi()).isGreaterThan(1.0 - 1e-9);
        assertThat(fixed.hi() - fixed.lo()).isCloseTo(plain.hi() - plain.lo(), within(1e-9));
    }

    private static double[] gaussian(int n, double mean, double sd, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double u1 = r.nextDouble(), u2 = r.nextDouble();
            v[i] = mean + sd * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        }
        return v;
    }
}
