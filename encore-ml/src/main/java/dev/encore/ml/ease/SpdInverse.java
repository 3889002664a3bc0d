package dev.encore.ml.ease;

import dev.encore.ml.registry.Parallel;

/**
 * In-place inverse of a dense symmetric positive definite matrix (rows as {@code double[]}), by blocked
 * Gauss–Jordan elimination without pivoting (SPD matrices need none: every pivot is a Schur complement
 * diagonal, hence positive). Per block K of {@value #BLOCK} pivots, with R the other rows:
 * <pre>
 *   D    = A_KK⁻¹                   (small, unblocked)
 *   A_K· = D · A_K·,  A_KK = D       (the pivot rows)
 *   A_R· = A_R· − A_RK · A_K·        (rank-|K| update of every other row, the n³ part, shared over threads)
 *   A_RK = −A_RK(old) · D            (falls out of the update: subtract the saved A_RK once more)
 * </pre>
 * After the last block A holds A⁻¹. The update streams each row once per block and reuses a tile of the pivot
 * rows from cache, so it runs near arithmetic speed instead of memory speed. Cost: n³ multiply-adds.
 */
public final class SpdInverse {
    static final int BLOCK = 64;
    private static final int TILE = 512;

    private SpdInverse() {}

    public static void invert(double[][] a, int threads) {
        int n = a.length;
        for (double[] row : a) {
            if (row.length != n) throw new IllegalArgumentException("matrix is not square: a row has " + row.length + " entries, expected " + n);
        }
        for (int k0 = 0; k0 < n; k0 += BLOCK) pivotBlock(a, k0, Math.min(n, k0 + BLOCK), threads);
    }

    /** Eliminates pivots k0..k1-1 from every row. */
    private static void pivotBlock(double[][] a, int k0, int k1, int threads) {
        int n = a.length, m = k1 - k0;
        double[][] d = new double[m][m];
        for (int r = 0; r < m; r++) System.arraycopy(a[k0 + r], k0, d[r], 0, m);
        invertSmall(d, k0);
        double[][] t = pivotRows(a, d, k0, threads);
        for (int r = 0; r < m; r++) a[k0 + r] = t[r];
        Parallel.forRange(n, threads, 16, (from, to) -> {
            double[] f = new double[m];
            for (int i = from; i < to; i++) {
                if (i >= k0 && i < k1) continue;
                double[] row = a[i];
                System.arraycopy(row, k0, f, 0, m);
                eliminate(row, f, t, n);
                for (int s = 0; s < m; s++) row[k0 + s] -= f[s];
            }
        });
    }

    /** row −= Σ_s f[s] · t[s], four pivot rows at a time over cache-sized column tiles. */
    private static void eliminate(double[] row, double[] f, double[][] t, int n) {
        int m = f.length;
        for (int j0 = 0; j0 < n; j0 += TILE) {
            int j1 = Math.min(n, j0 + TILE);
            int s = 0;
            for (; s + 3 < m; s += 4) {
                double f0 = f[s], f1 = f[s + 1], f2 = f[s + 2], f3 = f[s + 3];
                double[] t0 = t[s], t1 = t[s + 1], t2 = t[s + 2], t3 = t[s + 3];
                for (int j = j0; j < j1; j++) row[j] -= f0 * t0[j] + f1 * t1[j] + f2 * t2[j] + f3 * t3[j];
            }
            for (; s < m; s++) {
                double fs = f[s];
                double[] ts = t[s];
                for (int j = j0; j < j1; j++) row[j] -= fs * ts[j];
            }
        }
    }

    /** New pivot rows D · A_K· with their K columns replaced by D. */
    private static double[][] pivotRows(double[][] a, double[][] d, int k0, int threads) {
        int m = d.length, n = a.length;
        double[][] t = new double[m][n];
        Parallel.forRange(n, threads, 1024, (from, to) -> {
            for (int r = 0; r < m; r++) {
                double[] tr = t[r];
                for (int s = 0; s < m; s++) {
                    double drs = d[r][s];
                    double[] as = a[k0 + s];
                    for (int j = from; j < to; j++) tr[j] += drs * as[j];
                }
            }
        });
        for (int r = 0; r < m; r++) System.arraycopy(d[r], 0, t[r], k0, m);
        return t;
    }

    /** Unblocked Gauss–Jordan on a small block; {@code offset} only names rows in the error message. */
    static void invertSmall(double[][] d, int offset) {
        int m = d.length;
        for (int k = 0; k < m; k++) {
            double pivot = d[k][k];
            if (!(pivot > 0))
                throw new ArithmeticException("matrix is not positive definite (pivot " + pivot + " at row " + (offset + k)
                        + "); for EASE raise lambda, which is added to the diagonal");
            double inv = 1 / pivot;
            double[] rk = d[k];
            rk[k] = 1;
            for (int j = 0; j < m; j++) rk[j] *= inv;
            for (int i = 0; i < m; i++) {
                if (i == k) continue;
                double[] ri = d[i];
                double f = ri[k];
                if (f == 0) continue;
                ri[k] = 0;
                for (int j = 0; j < m; j++) ri[j] -= f * rk[j];
            }
        }
    }
}
