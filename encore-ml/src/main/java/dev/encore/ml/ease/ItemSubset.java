package dev.encore.ml.ease;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;

import java.util.Arrays;

/**
 * The items EASE is fitted on when {@code min_users} prunes the catalogue: {@code kept[c]} is the matrix column of
 * fitted item c (ascending), {@code pos[i]} the fitted index of column i, or −1 for a pruned item. Pruning rare
 * items is what makes EASE's n³ inverse affordable on long-tail catalogues (HetRec: 17,632 artists, 6,953 with
 * two or more listeners).
 */
record ItemSubset(int itemCount, int[] kept, int[] pos) {

    /** Every item of the matrix (no pruning). */
    static ItemSubset all(int itemCount) {
        int[] ids = new int[itemCount];
        Arrays.setAll(ids, i -> i);
        return new ItemSubset(itemCount, ids, ids);
    }

    /** The items with at least {@code minUsers} distinct users (stored cells) in {@code x}. */
    static ItemSubset withMinUsers(InteractionMatrix x, int minUsers) {
        if (minUsers < 1)
            throw new IllegalArgumentException("parameter min_users=" + minUsers + " must be >= 1 (1 keeps every item)");
        if (minUsers == 1) return all(x.cols());
        int[] counts = x.columnCounts();
        int[] kept = new int[x.cols()];
        int m = 0;
        for (int i = 0; i < counts.length; i++) if (counts[i] >= minUsers) kept[m++] = i;
        return of(x.cols(), Arrays.copyOf(kept, m));
    }

    /** Rebuilds the subset from its kept columns (as saved in a snapshot), checking them. */
    static ItemSubset of(int itemCount, int[] kept) {
        int[] pos = new int[itemCount];
        Arrays.fill(pos, -1);
        for (int c = 0; c < kept.length; c++) {
            int i = kept[c];
            if (i < 0 || i >= itemCount || (c > 0 && i <= kept[c - 1]))
                throw new IllegalArgumentException("kept item " + i + " at position " + c
                        + " is out of range [0, " + itemCount + ") or not ascending");
            pos[i] = c;
        }
        return new ItemSubset(itemCount, kept, pos);
    }

    int size() {
        return kept.length;
    }

    boolean isAll() {
        return kept.length == itemCount;
    }

    /** {@code x} restricted to the kept columns, renumbered 0..size()-1 (users keep their rows). */
    InteractionMatrix restrict(InteractionMatrix x) {
        if (isAll()) return x;
        MatrixBuilder b = new MatrixBuilder(x.nnz());
        for (int u = 0; u < x.rows(); u++) {
            for (int p = x.rowStart(u); p < x.rowEnd(u); p++) {
                int c = pos[x.indices()[p]];
                if (c >= 0) b.add(u, c, x.values()[p]);
            }
        }
        return b.build(x.rows(), size(), false);
    }
}
