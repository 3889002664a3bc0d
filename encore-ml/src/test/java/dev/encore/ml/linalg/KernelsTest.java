package dev.encore.ml.linalg;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Both kernel sets against double-precision loops, on widths that do and do not fill whole vectors. */
class KernelsTest {

    @Property(tries = 60)
    void dotAndAxpyMatchDoublePrecision(@ForAll @IntRange(min = 0, max = 150) int n, @ForAll long seed) {
        Random r = new Random(seed);
        float[] a = random(r, n + 5), b = random(r, n + 3);
        double expected = 0, scale = 0;
        for (int i = 0; i < n; i++) {
            expected += (double) a[i + 5] * b[i + 3];
            scale += Math.abs((double) a[i + 5] * b[i + 3]);
        }
        double tol = 1e-6 * (scale + 1);
        assertThat((double) SimdKernels.dot(a, 5, b, 3, n)).isCloseTo(expected, within(tol));
        assertThat((double) ScalarKernels.dot(a, 5, b, 3, n)).isCloseTo(expected, within(tol));

        float[] y1 = b.clone(), y2 = b.clone();
        SimdKernels.axpy(0.75f, a, 5, y1, 3, n);
        ScalarKernels.axpy(0.75f, a, 5, y2, 3, n);
        for (int i = 0; i < n; i++) {
            double e = b[i + 3] + 0.75 * a[i + 5];
            assertThat((double) y1[i + 3]).isCloseTo(e, within(1e-6));
            assertThat((double) y2[i + 3]).isCloseTo(e, within(1e-6));
        }
        assertThat(y1[0]).isEqualTo(b[0]); // nothing outside the range is touched
    }

    @Property(tries = 40)
    void gramSymvAndSparseAccumulateMatchDoublePrecision(@ForAll @IntRange(min = 1, max = 70) int f,
                                                         @ForAll @IntRange(min = 0, max = 40) int n, @ForAll long seed) {
        Random r = new Random(seed);
        int rows = 50;
        float[] m = random(r, rows * f);
        int[] idx = new int[n + 2];
        float[] w = new float[n], a = new float[n];
        for (int j = 0; j < n + 2; j++) idx[j] = r.nextInt(rows);
        for (int j = 0; j < n; j++) {
            w[j] = r.nextFloat() * 3;
            a[j] = r.nextFloat() - 0.5f;
        }
        // gram over idx[2..n+2) weighted, plus an existing g
        float[] g0 = random(r, f * f);
        double[] ge = new double[f * f];
        for (int i = 0; i < f * f; i++) ge[i] = g0[i];
        for (int j = 0; j < n; j++) {
            int o = idx[j + 2] * f;
            for (int p = 0; p < f; p++) for (int q = 0; q < f; q++) ge[p * f + q] += (double) w[j] * m[o + p] * m[o + q];
        }
        float[] gs = g0.clone(), gc = g0.clone();
        SimdKernels.gram(m, f, idx, 2, n + 2, w, gs);
        ScalarKernels.gram(m, f, idx, 2, n + 2, w, gc);
        assertAllClose(gs, ge, 1e-4 * (n + 1));
        assertAllClose(gc, ge, 1e-4 * (n + 1));

        // symv with a symmetric matrix
        float[] sym = new float[f * f];
        for (int p = 0; p < f; p++) for (int q = 0; q <= p; q++) sym[p * f + q] = sym[q * f + p] = r.nextFloat() - 0.5f;
        float[] x = random(r, f + 2);
        double[] ye = new double[f];
        for (int p = 0; p < f; p++) for (int q = 0; q < f; q++) ye[p] += -2.0 * sym[p * f + q] * x[q + 2];
        float[] ys = new float[f], yc = new float[f];
        SimdKernels.symv(sym, f, x, 2, -2f, ys);
        ScalarKernels.symv(sym, f, x, 2, -2f, yc);
        assertAllClose(ys, ye, 1e-4 * f);
        assertAllClose(yc, ye, 1e-4 * f);

        // out += Σ (a_j + w_j (m_r · v)) m_r, with and without a
        for (boolean withA : new boolean[] {true, false}) {
            float[] out0 = random(r, f);
            double[] oe = new double[f];
            for (int p = 0; p < f; p++) oe[p] = out0[p];
            for (int j = 0; j < n; j++) {
                int o = idx[j] * f;
                double d = 0;
                for (int p = 0; p < f; p++) d += (double) m[o + p] * x[p + 2];
                double t = w[j] * d + (withA ? a[j] : 0);
                for (int p = 0; p < f; p++) oe[p] += t * m[o + p];
            }
            float[] os = out0.clone(), oc = out0.clone();
            SimdKernels.sparseAccumulate(m, f, idx, 0, n, withA ? a : null, w, x, 2, os);
            ScalarKernels.sparseAccumulate(m, f, idx, 0, n, withA ? a : null, w, x, 2, oc);
            assertAllClose(os, oe, 1e-4 * (n + 1) * f);
            assertAllClose(oc, oe, 1e-4 * (n + 1) * f);
        }
    }

    @Property(tries = 40)
    void panelBoundsAreBf16DotProductsPlusTheMarginWithinTheStatedError(@ForAll @IntRange(min = 1, max = 70) int f,
                                                           @ForAll @IntRange(min = 0, max = 70) int rows, @ForAll long seed) {
        Random r = new Random(seed);
        float[] m = random(r, rows * f);
        Panels panels = Panels.of(m, rows, f);
        float[] q = new float[2 * panels.half()];
        for (int d = 0; d < f; d++) q[d] = r.nextFloat() - 0.5f;
        float[] scale = new float[panels.blocks() * Panels.WIDTH];
        for (int i = 0; i < scale.length; i++) scale[i] = r.nextFloat() + 0.5f;
        float[] bound = new float[scale.length];
        for (int i = 0; i < bound.length; i++) bound[i] = r.nextFloat();
        float eps = 0.125f;
        float[] outS = new float[panels.blocks() * Panels.WIDTH], outC = new float[outS.length];
        float maxS = SimdKernels.panelScores(panels.data(), panels.half(), q, 0, panels.blocks(), scale, bound, eps, outS);
        float maxC = ScalarKernels.panelScores(panels.data(), panels.half(), q, 0, panels.blocks(), scale, bound, eps, outC);
        if (rows > 0) {
            assertThat(maxS).isEqualTo(max(outS));
            assertThat(maxC).isEqualTo(max(outC));
        }
        for (int i = 0; i < rows; i++) {
            double exact = 0, normQ = 0, normY = 0;
            for (int d = 0; d < f; d++) {
                exact += (double) q[d] * m[i * f + d];
                normQ += (double) q[d] * q[d];
                normY += (double) m[i * f + d] * m[i * f + d];
            }
            double err = (Panels.RELATIVE_ERROR + 1e-5) * Math.sqrt(normQ * normY) * scale[i] + 1e-6;
            double shift = eps * bound[i];
            assertThat((double) outS[i]).isCloseTo(exact * scale[i] + shift, within(err));
            assertThat((double) outC[i]).isCloseTo(exact * scale[i] + shift, within(err));
        }
    }

    @Test
    void bf16RoundsToNearestWithinOnePart256() {
        Random r = new Random(4);
        for (int t = 0; t < 100_000; t++) {
            float x = (float) ((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6));
            float back = Float.intBitsToFloat(Panels.bf16(x) << 16);
            assertThat((double) Math.abs(back - x)).isLessThanOrEqualTo(Math.abs(x) * Panels.RELATIVE_ERROR);
        }
        assertThat(Float.intBitsToFloat(Panels.bf16(1f) << 16)).isEqualTo(1f);
        assertThat(Float.intBitsToFloat(Panels.bf16(-3.5f) << 16)).isEqualTo(-3.5f);
    }

    @Test
    void gramIsTheSameWhateverTheThreadCount() {
        Random r = new Random(1);
        float[] m = random(r, 10_000 * 20);
        float[] one, two;
        try (WorkerPool p1 = new WorkerPool(1); WorkerPool p2 = new WorkerPool(2)) {
            one = Gram.of(m, 10_000, 20, 0.5, p1);
            two = Gram.of(m, 10_000, 20, 0.5, p2);
        }
        assertThat(two).isEqualTo(one);
        assertThat(one[3 * 20 + 5]).isEqualTo(one[5 * 20 + 3]);
        double d00 = 0.5;
        for (int i = 0; i < 10_000; i++) d00 += (double) m[i * 20] * m[i * 20];
        assertThat((double) one[0]).isCloseTo(d00, within(d00 * 1e-5));
    }

    static float max(float[] a) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : a) m = Math.max(m, v);
        return m;
    }

    static float[] random(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = r.nextFloat() * 2 - 1;
        return a;
    }

    static void assertAllClose(float[] actual, double[] expected, double tol) {
        for (int i = 0; i < expected.length; i++) assertThat((double) actual[i]).as("index %d", i).isCloseTo(expected[i], within(tol));
    }
}
