package dev.encore.core.matrix;

import java.util.Arrays;

/**
 * Accumulates (row, col, weight) triples in any order, summing duplicates, and builds a CSR
 * {@link InteractionMatrix}. Memory is 12 bytes per added triple; building is a counting sort by row followed by a
 * per-row sort and merge, so it is O(nnz log rowLength).
 */
public final class MatrixBuilder {
    private int[] rowsOf;
    private int[] colsOf;
    private float[] weights;
    private int size;
    private int maxRow = -1;
    private int maxCol = -1;

    public MatrixBuilder() {
        this(1024);
    }

    public MatrixBuilder(int expectedEntries) {
        int cap = Math.max(16, expectedEntries);
        rowsOf = new int[cap];
        colsOf = new int[cap];
        weights = new float[cap];
    }

    public void add(int row, int col, float weight) {
        if (row < 0 || col < 0) throw new IllegalArgumentException("negative index (" + row + ", " + col + ")");
        if (size == rowsOf.length) grow();
        rowsOf[size] = row;
        colsOf[size] = col;
        weights[size] = weight;
        size++;
        if (row > maxRow) maxRow = row;
        if (col > maxCol) maxCol = col;
    }

    public int size() {
        return size;
    }

    private void grow() {
        int cap = rowsOf.length + (rowsOf.length >> 1);
        rowsOf = Arrays.copyOf(rowsOf, cap);
        colsOf = Arrays.copyOf(colsOf, cap);
        weights = Arrays.copyOf(weights, cap);
    }

    /** Builds with the smallest shape that holds every entry. */
    public InteractionMatrix build() {
        return build(maxRow + 1, maxCol + 1, false);
    }

    /**
     * Builds a {@code rows × cols} matrix. Duplicates are summed; when {@code dropNonPositive} is set, cells whose
     * summed weight is ≤ 0 (e.g. only skips) are left out, so they count as unobserved.
     */
    public InteractionMatrix build(int rows, int cols, boolean dropNonPositive) {
        if (rows <= maxRow || cols <= maxCol)
            throw new IllegalArgumentException("shape " + rows + "x" + cols + " too small for entry (" + maxRow + ", " + maxCol + ")");
        int[] ptr = new int[rows + 1];
        for (int i = 0; i < size; i++) ptr[rowsOf[i] + 1]++;
        for (int r = 0; r < rows; r++) ptr[r + 1] += ptr[r];
        int[] next = Arrays.copyOf(ptr, rows);
        int[] cols0 = new int[size];
        float[] vals0 = new float[size];
        for (int i = 0; i < size; i++) {
            int q = next[rowsOf[i]]++;
            cols0[q] = colsOf[i];
            vals0[q] = weights[i];
        }
        // Sort each row by column (packing col + position in the row), merge duplicates, compact to the left.
        int[] outPtr = new int[rows + 1];
        int out = 0;
        long[] keys = new long[16];
        float[] rowVals = new float[16];
        for (int r = 0; r < rows; r++) {
            int start = ptr[r], end = ptr[r + 1], n = end - start;
            if (keys.length < n) {
                keys = new long[Math.max(n, keys.length * 2)];
                rowVals = new float[keys.length];
            }
            for (int j = 0; j < n; j++) {
                keys[j] = ((long) cols0[start + j] << 32) | j;
                rowVals[j] = vals0[start + j];
            }
            Arrays.sort(keys, 0, n);
            int rowOut = out;
            for (int j = 0; j < n; j++) {
                int c = (int) (keys[j] >>> 32);
                float v = rowVals[(int) keys[j]];
                if (out > rowOut && cols0[out - 1] == c) {
                    vals0[out - 1] += v;
                } else {
                    // out <= start + j: writing here never clobbers an entry of a later row.
                    cols0[out] = c;
                    vals0[out] = v;
                    out++;
                }
            }
            if (dropNonPositive) {
                int kept = rowOut;
                for (int p = rowOut; p < out; p++) {
                    if (vals0[p] > 0) {
                        cols0[kept] = cols0[p];
                        vals0[kept] = vals0[p];
                        kept++;
                    }
                }
                out = kept;
            }
            outPtr[r + 1] = out;
        }
        return new InteractionMatrix(rows, cols, outPtr, Arrays.copyOf(cols0, out), Arrays.copyOf(vals0, out), true);
    }
}
