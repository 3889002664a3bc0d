package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;

/**
 * A plain, obviously-correct implicit ALS in double precision to test the fast trainer against: the same
 * conjugate-gradient recurrence written out with explicit loops, a direct solve of the normal equations, and the
 * loss both over every cell and in closed form. Factors are double[rows][f].
 */
final class ReferenceAls {
    private ReferenceAls() {}

    static double[][] toRows(float[] flat, int rows, int f) {
        double[][] out = new double[rows][f];
        for (int r = 0; r < rows; r++) for (int d = 0; d < f; d++) out[r][d] = flat[r * f + d];
        return out;
    }

    static double confidence(float w, AlsParams p) {
        return 1 + p.alpha() * Math.abs(w);
    }

    static double preference(float w) {
        return w > 0 ? 1 : 0;
    }

    /** YᵀY + λI. */
    static double[][] gram(double[][] y, int f, double reg) {
        double[][] g = new double[f][f];
        for (double[] row : y) for (int a = 0; a < f; a++) for (int b = 0; b < f; b++) g[a][b] += row[a] * row[b];
        for (int a = 0; a < f; a++) g[a][a] += reg;
        return g;
    }

    /** A·v for row r's system, A = YᵀY + λI + Σ_j (c_j − 1)·y_j·y_jᵀ. */
    static double[] apply(InteractionMatrix m, int r, double[][] y, double[][] g, AlsParams p, double[] v) {
        int f = v.length;
        double[] out = new double[f];
        for (int a = 0; a < f; a++) for (int b = 0; b < f; b++) out[a] += g[a][b] * v[b];
        for (int q = m.rowStart(r); q < m.rowEnd(r); q++) {
            double[] yj = y[m.indices()[q]];
            double dot = 0;
            for (int d = 0; d < f; d++) dot += yj[d] * v[d];
            double c1 = confidence(m.values()[q], p) - 1;
            for (int d = 0; d < f; d++) out[d] += c1 * dot * yj[d];
        }
        return out;
    }

    /** b = Σ_j c_j·p_j·y_j for row r. */
    static double[] rhs(InteractionMatrix m, int r, double[][] y, AlsParams p, int f) {
        double[] b = new double[f];
        for (int q = m.rowStart(r); q < m.rowEnd(r); q++) {
            double cp = confidence(m.values()[q], p) * preference(m.values()[q]);
            for (int d = 0; d < f; d++) b[d] += cp * y[m.indices()[q]][d];
        }
        return b;
    }

    /** Textbook CG from the current x, cgSteps steps, same stopping rule as implicit (|r|² &lt; 1e-20). */
    static void cgSweep(InteractionMatrix m, double[][] x, double[][] y, AlsParams p) {
        int f = p.factors();
        double[][] g = gram(y, f, p.regularization());
        for (int r = 0; r < m.rows(); r++) {
            if (m.rowNnz(r) == 0) {
                x[r] = new double[f];
                continue;
            }
            double[] xr = x[r];
            double[] ax = apply(m, r, y, g, p, xr), b = rhs(m, r, y, p, f);
            double[] res = new double[f];
            for (int d = 0; d < f; d++) res[d] = b[d] - ax[d];
            double[] dir = res.clone();
            double rsOld = dot(res, res);
            if (rsOld < 1e-20) continue;
            for (int step = 0; step < p.cgSteps(); step++) {
                double[] ap = apply(m, r, y, g, p, dir);
                double alpha = rsOld / dot(dir, ap);
                for (int d = 0; d < f; d++) {
                    xr[d] += alpha * dir[d];
                    res[d] -= alpha * ap[d];
                }
                double rsNew = dot(res, res);
                if (rsNew < 1e-20) break;
                for (int d = 0; d < f; d++) dir[d] = res[d] + rsNew / rsOld * dir[d];
                rsOld = rsNew;
            }
        }
    }

    /** Exact solve of every row's normal equations by Gaussian elimination with partial pivoting. */
    static void directSweep(InteractionMatrix m, double[][] x, double[][] y, AlsParams p) {
        int f = p.factors();
        double[][] g = gram(y, f, p.regularization());
        for (int r = 0; r < m.rows(); r++) {
            double[][] a = new double[f][];
            for (int col = 0; col < f; col++) {
                double[] e = new double[f];
                e[col] = 1;
                a[col] = apply(m, r, y, g, p, e); // column col of A (A is symmetric)
            }
            x[r] = gauss(a, rhs(m, r, y, p, f));
        }
    }

    /** One reference iteration: users, then items. */
    static void iterate(InteractionMatrix ui, InteractionMatrix iu, double[][] x, double[][] y, AlsParams p, boolean direct) {
        if (direct) {
            directSweep(ui, x, y, p);
            directSweep(iu, y, x, p);
        } else {
            cgSweep(ui, x, y, p);
            cgSweep(iu, y, x, p);
        }
    }

    /** (Σ over every cell of c·(p − x·y)² + λ(‖X‖² + ‖Y‖²)) / Σ over every cell of c. Dense: tiny problems only. */
    static double denseLoss(InteractionMatrix ui, double[][] x, double[][] y, AlsParams p) {
        double loss = 0, weight = 0;
        for (int u = 0; u < ui.rows(); u++) {
            for (int i = 0; i < ui.cols(); i++) {
                double w = ui.get(u, i);
                double c = ui.contains(u, i) ? confidence((float) w, p) : 1;
                double pref = ui.contains(u, i) ? preference((float) w) : 0;
                double e = pref - dot(x[u], y[i]);
                loss += c * e * e;
                weight += c;
            }
        }
        return (loss + p.regularization() * (squares(x) + squares(y))) / weight;
    }

    /** The same loss in closed form, Σ_u x_uᵀ(YᵀY)x_u plus observed-cell corrections: for large problems. */
    static double sparseLoss(InteractionMatrix ui, double[][] x, double[][] y, AlsParams p) {
        int f = p.factors();
        double[][] g = gram(y, f, 0);
        double loss = 0, weight = (double) ui.rows() * ui.cols() - ui.nnz();
        for (int u = 0; u < ui.rows(); u++) {
            for (int a = 0; a < f; a++) for (int b = 0; b < f; b++) loss += x[u][a] * g[a][b] * x[u][b];
            for (int q = ui.rowStart(u); q < ui.rowEnd(u); q++) {
                double c = confidence(ui.values()[q], p), pref = preference(ui.values()[q]);
                double d = dot(x[u], y[ui.indices()[q]]);
                loss += c * (pref - d) * (pref - d) - d * d;
                weight += c;
            }
        }
        return (loss + p.regularization() * (squares(x) + squares(y))) / weight;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double squares(double[][] m) {
        double s = 0;
        for (double[] row : m) s += dot(row, row);
        return s;
    }

    private static double[] gauss(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = a0[i].clone();
        double[] b = b0.clone();
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) piv = r;
            double[] t = a[col]; a[col] = a[piv]; a[piv] = t;
            double tb = b[col]; b[col] = b[piv]; b[piv] = tb;
            for (int r = col + 1; r < n; r++) {
                double k = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= k * a[col][c];
                b[r] -= k * b[col];
            }
        }
        double[] xs = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) s -= a[r][c] * xs[c];
            xs[r] = s / a[r][r];
        }
        return xs;
    }
}
