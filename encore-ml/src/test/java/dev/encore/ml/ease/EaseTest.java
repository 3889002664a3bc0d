package dev.encore.ml.ease;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EaseTest {
    private static EaseModel fit(InteractionMatrix x, String params) {
        return (EaseModel) new EaseRecommender().fit(x, Params.parse(params));
    }

    @Test
    void twoItemsByHand() {
        // u0 plays items 0 and 1, u1 plays item 0: G = [[2, 1], [1, 1]]. With λ = 1, P = (G + I)⁻¹ = [[2, -1], [-1, 3]] / 5,
        // so B_01 = -P_01 / P_11 = (1/5) / (3/5) = 1/3 and B_10 = -P_10 / P_00 = (1/5) / (2/5) = 1/2.
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 7); // weights are ignored when binary (the default)
        b.add(0, 1, 1);
        b.add(1, 0, 2);
        EaseModel m = fit(b.build(2, 2, true), "lambda=1");
        assertThat(m.weight(0, 1)).isCloseTo(1 / 3f, within(1e-7f));
        assertThat(m.weight(1, 0)).isCloseTo(1 / 2f, within(1e-7f));
        assertThat(m.weight(0, 0)).isZero();
        assertThat(m.weight(1, 1)).isZero();
    }

    @Test
    void matchesTheClosedFormWithAnIndependentPivotingInverse() {
        Random rnd = new Random(1);
        MatrixBuilder b = new MatrixBuilder();
        int users = 40, items = 70;
        for (int u = 0; u < users; u++) for (int n = 0; n < 12; n++) b.add(u, rnd.nextInt(items), 1 + rnd.nextInt(3));
        InteractionMatrix x = b.build(users, items, true);
        for (boolean binary : new boolean[] {true, false}) {
            double lambda = 5;
            double[][] g = new double[items][items];
            for (int u = 0; u < users; u++) {
                for (int p = x.rowStart(u); p < x.rowEnd(u); p++) {
                    for (int q = x.rowStart(u); q < x.rowEnd(u); q++) {
                        g[x.indices()[p]][x.indices()[q]] += binary ? 1 : (double) x.values()[p] * x.values()[q];
                    }
                }
            }
            for (int i = 0; i < items; i++) g[i][i] += lambda;
            double[][] p = pivotingInverse(g);
            EaseModel m = fit(x, "lambda=" + lambda + ",binary=" + binary + ",threads=2");
            for (int i = 0; i < items; i++) {
                for (int j = 0; j < items; j++) {
                    double expected = i == j ? 0 : -p[i][j] / p[j][j];
                    assertThat((double) m.weight(i, j)).as("B[%d][%d] binary=%s", i, j, binary).isCloseTo(expected, within(1e-6));
                }
            }
        }
    }

    /** Gauss–Jordan with partial pivoting on an augmented copy: a different algorithm from the one under test. */
    private static double[][] pivotingInverse(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int best = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[best][c])) best = r;
            double[] t = m[c];
            m[c] = m[best];
            m[best] = t;
            double pv = m[c][c];
            for (int j = 0; j < 2 * n; j++) m[c][j] /= pv;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = m[r][c];
                for (int j = 0; j < 2 * n; j++) m[r][j] -= f * m[c][j];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(m[i], n, inv[i], 0, n);
        return inv;
    }

    @Test
    void recommendSumsRowsOfBForTheHistory() {
        Random rnd = new Random(4);
        MatrixBuilder b = new MatrixBuilder();
        for (int u = 0; u < 30; u++) for (int n = 0; n < 6; n++) b.add(u, rnd.nextInt(15), 1);
        EaseModel m = fit(b.build(30, 15, true), "lambda=2");
        UserQuery q = UserQuery.anonymous(new int[] {1, 4, 9}, new float[] {5, 1, 1});
        List<ScoredItem> recs = m.recommend(q, 15, ItemFilter.excluding(q.items()));
        assertThat(recs).isNotEmpty();
        for (ScoredItem r : recs) {
            float expected = m.weight(1, r.item()) + m.weight(4, r.item()) + m.weight(9, r.item()); // binary: x = 1
            assertThat(r.score()).isCloseTo(expected, within(1e-6f));
            assertThat(r.because()).isNotEmpty();
            assertThat(m.weight(r.because()[0], r.item())).isPositive();
        }
    }

    @Test
    void refusesCatalogsBeyondMaxItemsAndHeapWithClearMessages() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 29, 1);
        InteractionMatrix x = b.build(1, 30, true);
        assertThatThrownBy(() -> fit(x, "maxItems=20")).hasMessageContaining("30 items exceed maxItems=20");
        assertThatThrownBy(() -> EaseRecommender.checkMemory(1_000_000)).hasMessageContaining("9000.0 GB").hasMessageContaining("-Xmx");
        assertThatThrownBy(() -> fit(x, "lambda=0")).hasMessageContaining("lambda=0");
    }
}
