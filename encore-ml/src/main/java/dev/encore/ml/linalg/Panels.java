package dev.encore.ml.linalg;

/**
 * A compact, scan-friendly copy of a row-major factor matrix: bfloat16 values (the top 16 bits of a float32,
 * rounded to nearest even), laid out in blocks of {@link #WIDTH} rows so one vector load reads the same dimension of
 * 16 rows and a block's 16 scores come out of one accumulator without horizontal sums. Each int packs dimension k
 * (low half) with dimension k + half (high half). Half the memory traffic of float32, for scans that are
 * memory-bound; callers rescore the few candidates that matter with the exact float32 rows.
 */
public final class Panels {
    /** Rows per block. */
    public static final int WIDTH = 16;
    /** Bound on |x - bf16(x)| / |x| for round-to-nearest with an 8-bit significand. */
    public static final double RELATIVE_ERROR = 1.0 / 256;

    private final int[] data;
    private final int rows;
    private final int half;

    private Panels(int[] data, int rows, int half) {
        this.data = data;
        this.rows = rows;
        this.half = half;
    }

    /** Packs the first {@code rows} rows of the row-major matrix {@code m} of width {@code f}. */
    public static Panels of(float[] m, int rows, int f) {
        return of(m, null, rows, f);
    }

    /** Packs rows order[0], order[1], ... of {@code m} (or 0, 1, ... when order is null) as panel rows 0, 1, .... */
    public static Panels of(float[] m, int[] order, int rows, int f) {
        int half = (f + 1) / 2;
        int blocks = blocks(rows);
        int[] data = new int[blocks * half * WIDTH];
        for (int r = 0; r < rows; r++) {
            int blk = r / WIDTH, lane = r % WIDTH, off = (order == null ? r : order[r]) * f;
            for (int k = 0; k < half; k++) {
                int lo = bf16(m[off + k]);
                int hi = k + half < f ? bf16(m[off + k + half]) : 0;
                data[(blk * half + k) * WIDTH + lane] = (hi << 16) | lo;
            }
        }
        return new Panels(data, rows, half);
    }

    /** Rounds a float to its upper 16 bits (bfloat16), to nearest even. Finite inputs only. */
    static int bf16(float x) {
        int bits = Float.floatToRawIntBits(x);
        return ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16) & 0xFFFF;
    }

    public static int blocks(int rows) {
        return (rows + WIDTH - 1) / WIDTH;
    }

    public int[] data() {
        return data;
    }

    public int rows() {
        return rows;
    }

    /** Packed dimensions per row: ceil(f / 2). The query passed to the scan must have 2·half entries. */
    public int half() {
        return half;
    }

    public int blocks() {
        return blocks(rows);
    }
}
