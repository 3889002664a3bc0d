package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.registry.Parallel;
import dev.encore.ml.snapshot.Snapshot;
import dev.encore.ml.topk.TopK;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A sparse row-wise similarity matrix: for each row (item) its top-N neighbours, stored CSR with neighbour indices
 * ascending (for binary-search lookups) and similarities alongside. Rows hold only positive similarities and never
 * the row itself. Immutable once built.
 */
public final class Neighbours {
    private final int[] ptr;
    private final int[] idx;
    private final float[] sim;

    Neighbours(int[] ptr, int[] idx, float[] sim) {
        this.ptr = ptr;
        this.idx = idx;
        this.sim = sim;
    }

    /**
     * The top-{@code n} dot products of each row of {@code rows} (e.g. weighted item × user) with every other row,
     * keeping positive ones. Cost is Σ over columns of (column length)²; rows are shared out over {@code threads}.
     */
    public static Neighbours allPairs(InteractionMatrix rows, int n, int threads) {
        if (n < 1) throw new IllegalArgumentException("neighbours must be >= 1, got " + n);
        InteractionMatrix cols = rows.transpose();
        int r = rows.rows();
        int[][] outIdx = new int[r][];
        float[][] outSim = new float[r][];
        Parallel.forRange(r, threads, 64, () -> new Scratch(r, n), (s, from, to) -> {
            for (int i = from; i < to; i++) {
                s.dots(rows, cols, i);
                TopK.Result best = s.best(i);
                int[] order = sortByIndex(best.items());
                outIdx[i] = new int[order.length];
                outSim[i] = new float[order.length];
                for (int j = 0; j < order.length; j++) {
                    outIdx[i][j] = best.items()[order[j]];
                    outSim[i][j] = best.scores()[order[j]];
                }
            }
        });
        int[] ptr = new int[r + 1];
        for (int i = 0; i < r; i++) ptr[i + 1] = ptr[i] + outIdx[i].length;
        int[] idx = new int[ptr[r]];
        float[] sim = new float[ptr[r]];
        for (int i = 0; i < r; i++) {
            System.arraycopy(outIdx[i], 0, idx, ptr[i], outIdx[i].length);
            System.arraycopy(outSim[i], 0, sim, ptr[i], outSim[i].length);
        }
        return new Neighbours(ptr, idx, sim);
    }

    /** Positions 0..len-1 of {@code items} ordered by item index. */
    private static int[] sortByIndex(int[] items) {
        long[] keys = new long[items.length];
        for (int j = 0; j < items.length; j++) keys[j] = ((long) items[j] << 32) | j;
        Arrays.sort(keys);
        int[] order = new int[items.length];
        for (int j = 0; j < items.length; j++) order[j] = (int) keys[j];
        return order;
    }

    /** Per-worker accumulator: dense dot products plus the list of rows touched, reset after each row. */
    private static final class Scratch {
        final float[] acc;
        final boolean[] seen;
        final int[] touched;
        int count;
        final TopK top;

        Scratch(int rows, int n) {
            acc = new float[rows];
            seen = new boolean[rows];
            touched = new int[rows];
            top = new TopK(n);
        }

        void dots(InteractionMatrix rows, InteractionMatrix cols, int i) {
            int[] ri = rows.indices(), ci = cols.indices();
            float[] rv = rows.values(), cv = cols.values();
            for (int p = rows.rowStart(i); p < rows.rowEnd(i); p++) {
                int u = ri[p];
                float w = rv[p];
                for (int q = cols.rowStart(u); q < cols.rowEnd(u); q++) {
                    int j = ci[q];
                    if (!seen[j]) {
                        seen[j] = true;
                        touched[count++] = j;
                    }
                    acc[j] += w * cv[q];
                }
            }
        }

        TopK.Result best(int self) {
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                if (j != self && acc[j] > 0) top.offer(j, acc[j]);
                acc[j] = 0;
                seen[j] = false;
            }
            count = 0;
            return top.drain();
        }
    }

    public int rows() {
        return ptr.length - 1;
    }

    public int nnz() {
        return idx.length;
    }

    public int start(int row) {
        return ptr[row];
    }

    public int end(int row) {
        return ptr[row + 1];
    }

    /** Neighbour index at storage position {@code p}. */
    public int neighbour(int p) {
        return idx[p];
    }

    public float similarityAt(int p) {
        return sim[p];
    }

    /** The stored similarity of {@code row} to {@code other}, 0 when {@code other} is not among its neighbours. */
    public float similarity(int row, int other) {
        int p = Arrays.binarySearch(idx, ptr[row], ptr[row + 1], other);
        return p >= 0 ? sim[p] : 0f;
    }

    void save(Path dir, String prefix) throws IOException {
        Snapshot.writeInts(dir, prefix + "Ptr", ptr);
        Snapshot.writeInts(dir, prefix + "Idx", idx);
        Snapshot.writeFloats(dir, prefix + "Sim", sim);
    }

    static Neighbours load(Path dir, String prefix, int rows) throws IOException {
        int[] ptr = Snapshot.readInts(dir, prefix + "Ptr");
        int[] idx = Snapshot.readInts(dir, prefix + "Idx");
        float[] sim = Snapshot.readFloats(dir, prefix + "Sim");
        if (ptr.length != rows + 1 || ptr[rows] != idx.length || idx.length != sim.length)
            throw new IOException("neighbour lists in " + dir + " are inconsistent with " + rows + " items (truncated or mixed snapshot?)");
        return new Neighbours(ptr, idx, sim);
    }
}
