package dev.encore.ml.popularity;

import java.util.Arrays;

/** Orders entries best first: by a primary score, ties by a secondary score, then by item index. */
final class Ranking {
    private Ranking() {}

    /**
     * Positions {@code from..to-1} sorted by (primary desc, secondary desc, item asc), where all three arrays are
     * indexed by position. Scores are doubles so that ordering is exact even where the stored floats tie.
     */
    static int[] order(int from, int to, double[] primary, double[] secondary, int[] item) {
        Integer[] pos = new Integer[to - from];
        for (int p = from; p < to; p++) pos[p - from] = p;
        Arrays.sort(pos, (a, b) -> {
            int c = Double.compare(primary[b], primary[a]);
            if (c == 0) c = Double.compare(secondary[b], secondary[a]);
            return c != 0 ? c : Integer.compare(item[a], item[b]);
        });
        return Arrays.stream(pos).mapToInt(Integer::intValue).toArray();
    }

    static int[] identity(int n) {
        int[] items = new int[n];
        Arrays.setAll(items, i -> i);
        return items;
    }
}
