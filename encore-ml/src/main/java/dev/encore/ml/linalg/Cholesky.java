package dev.encore.ml.linalg;

/** Cholesky factorisation A = L·Lᵀ of a small dense symmetric positive-definite matrix, in double precision. */
public final class Cholesky {
    private final double[] l;
    private final int n;

    private Cholesky(double[] l, int n) {
        this.l = l;
        this.n = n;
    }

    /**
     * Factors the n×n row-major matrix {@code a} (only its lower triangle is read; it is not modified).
     *
     * @throws IllegalArgumentException if the matrix is not positive definite
     */
    public static Cholesky factor(double[] a, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("matrix is not positive definite (pivot " + i + " = " + s
                                + "); increase the regularization");
                    }
                    l[i * n + i] = Math.sqrt(s);
                } else {
                    l[i * n + j] = s / l[j * n + j];
                }
            }
        }
        return new Cholesky(l, n);
    }

    /** Solves A·x = b; returns x (b is not modified). */
    public double[] solve(double[] b) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= l[i * n + k] * y[k];
            y[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) s -= l[k * n + i] * y[k];
            y[i] = s / l[i * n + i];
        }
        return y;
    }

    public int size() {
        return n;
    }

    /** A float32 copy of the factor for many cheap solves (explanations), made once per factorisation that needs it. */
    public FloatSolver floatSolver() {
        float[] lower = new float[n * n], upper = new float[n * n];
        float[] inverseDiagonal = new float[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= i; k++) {
                lower[i * n + k] = (float) l[i * n + k];
                upper[k * n + i] = (float) l[i * n + k];   // Lᵀ row-major: the back substitution reads rows, not columns
            }
            inverseDiagonal[i] = (float) (1.0 / l[i * n + i]);
        }
        return new FloatSolver(lower, upper, inverseDiagonal, n);
    }

    /**
     * Solves A·x = b in float32 with both substitutions as contiguous (SIMD) dot products. Accurate to float rounding
     * of a well-conditioned A (ALS Gram matrices carry +λI); used where ranking contributions, not exact values, matter.
     */
    public static final class FloatSolver {
        private final float[] lower, upper, inverseDiagonal;
        private final int n;

        private FloatSolver(float[] lower, float[] upper, float[] inverseDiagonal, int n) {
            this.lower = lower;
            this.upper = upper;
            this.inverseDiagonal = inverseDiagonal;
            this.n = n;
        }

        /** Writes x with A·x = b (b[bo..bo+n)) into out[0..n); out must not alias b. */
        public void solve(float[] b, int bo, float[] out) {
            for (int i = 0; i < n; i++) {
                out[i] = (b[bo + i] - Kernels.dot(lower, i * n, out, 0, i)) * inverseDiagonal[i];
            }
            for (int i = n - 1; i >= 0; i--) {
                out[i] = (out[i] - Kernels.dot(upper, i * n + i + 1, out, i + 1, n - i - 1)) * inverseDiagonal[i];
            }
        }
    }
}
