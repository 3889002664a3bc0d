package dev.encore.core.matrix;

import java.util.Arrays;

/**
 * An immutable sparse user × item matrix in compressed sparse row (CSR) form: row {@code r}'s column indices are
 * {@code indices[indptr[r] .. indptr[r+1])}, sorted ascending and unique, with their weights in {@code values}.
 * The arrays are exposed without copying for the hot loops of the trainers; callers must not modify them.
 */
public final class InteractionMatrix {
    private final int rows;
    private final int cols;
    private final int[] indptr;
    private final int[] indices;
    private final float[] values;

    /** Wraps CSR arrays, validating their shape (rows sorted, columns in range). */
    public InteractionMatrix(int rows, int cols, int[] indptr, int[] indices, float[] values) {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
        if (indptr.length != rows + 1) throw new IllegalArgumentException("indptr must have rows+1 entries");
        if (indices.length != values.length) throw new IllegalArgumentException("indices and values differ in length");
        if (indptr[0] != 0 || indptr[rows] != indices.length) throw new IllegalArgumentException("indptr does not span indices");
        for (int r = 0; r < rows; r++) {
            if (indptr[r + 1] < indptr[r]) throw new IllegalArgumentException("indptr decreases at row " + r);
            for (int p = indptr[r]; p < indptr[r + 1]; p++) {
                int c = indices[p];
                if (c < 0 || c >= cols) throw new IllegalArgumentException("column " + c + " out of range in row " + r);
                if (p > indptr[r] && indices[p - 1] >= c) throw new IllegalArgumentException("columns not strictly ascending in row " + r);
            }
        }
        this.rows = rows;
        this.cols = cols;
        this.indptr = indptr;
        this.indices = indices;
        this.values = values;
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int nnz() { return indices.length; }
    public int[] indptr() { return indptr; }
    public int[] indices() { return indices; }
    public float[] values() { return values; }
    public int rowStart(int row) { return indptr[row]; }
    public int rowEnd(int row) { return indptr[row + 1]; }
    public int rowNnz(int row) { return indptr[row + 1] - indptr[row]; }

    /** The columns present in {@code row}, as a fresh array. */
    public int[] rowIndices(int row) {
        return Arrays.copyOfRange(indices, indptr[row], indptr[row + 1]);
    }

    /** The weight at (row, col), or 0 when absent. */
    public float get(int row, int col) {
        int p = Arrays.binarySearch(indices, indptr[row], indptr[row + 1], col);
        return p >= 0 ? values[p] : 0f;
    }

    public boolean contains(int row, int col) {
        return Arrays.binarySearch(indices, indptr[row], indptr[row + 1], col) >= 0;
    }

    /** The item × user matrix, built by counting sort in O(nnz). */
    public InteractionMatrix transpose() {
        int[] tptr = new int[cols + 1];
        for (int c : indices) tptr[c + 1]++;
        for (int c = 0; c < cols; c++) tptr[c + 1] += tptr[c];
        int[] next = Arrays.copyOf(tptr, cols);
        int[] tind = new int[indices.length];
        float[] tval = new float[values.length];
        for (int r = 0; r < rows; r++) {
            for (int p = indptr[r]; p < indptr[r + 1]; p++) {
                int q = next[indices[p]]++;
                tind[q] = r;
                tval[q] = values[p];
            }
        }
        return new InteractionMatrix(cols, rows, tptr, tind, tval, true);
    }

    /** Number of non-zeros per column (e.g. item popularity by distinct listeners). */
    public int[] columnCounts() {
        int[] counts = new int[cols];
        for (int c : indices) counts[c]++;
        return counts;
    }

    /** Trusted constructor for arrays produced by this package (already validated by construction). */
    InteractionMatrix(int rows, int cols, int[] indptr, int[] indices, float[] values, boolean trusted) {
        this.rows = rows;
        this.cols = cols;
        this.indptr = indptr;
        this.indices = indices;
        this.values = values;
    }

    @Override
    public String toString() {
        return "InteractionMatrix[" + rows + "x" + cols + ", nnz=" + nnz() + "]";
    }
}
