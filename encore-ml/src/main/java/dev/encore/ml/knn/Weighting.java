package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;

import java.util.Locale;

/**
 * How item vectors (rows of the item × user matrix: one coordinate per listener) are weighted before their dot
 * products become similarities, after the implicit library's Cosine/TFIDF/BM25 recommenders. With N items and
 * df(u) the number of items user u played:
 * <ul>
 *   <li>{@code COSINE}: each item row scaled to unit length, so the dot product is the cosine.</li>
 *   <li>{@code TFIDF}: {@code sqrt(w) · idf(u)}, idf = ln((1 + N) / (1 + df)) + 1, then unit length. Heavy
 *       listeners (who play everything) count less.</li>
 *   <li>{@code BM25}: {@code w (k1 + 1) / (k1 · norm(i) + w) · idf(u)}, idf = ln(1 + (N − df + 0.5) / (df + 0.5)),
 *       norm(i) = 1 − b + b · len(i) / avgLen with len = the row's total weight; not length-normalised.</li>
 * </ul>
 * Both idf forms stay positive (implicit's ln(N / (1 + df)) turns negative for a user who played nearly every
 * item, which would make co-listening count against similarity).
 */
public enum Weighting {
    COSINE, TFIDF, BM25;

    public static Weighting parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("weighting='" + s + "' is not one of cosine, tfidf, bm25");
        }
    }

    /** The weighted values of {@code itemUsers} (item × user), aligned with its {@code indices}. */
    public float[] apply(InteractionMatrix itemUsers, double k1, double b) {
        if (this == BM25 && (!(k1 >= 0) || !(b >= 0 && b <= 1)))
            throw new IllegalArgumentException("bm25 needs k1 >= 0 and 0 <= b <= 1, got k1=" + k1 + ", b=" + b);
        float[] in = itemUsers.values();
        float[] out = new float[in.length];
        double n = itemUsers.rows();
        int[] df = this == COSINE ? null : itemUsers.columnCounts();
        switch (this) {
            case COSINE -> System.arraycopy(in, 0, out, 0, in.length);
            case TFIDF -> {
                for (int p = 0; p < in.length; p++) {
                    double idf = Math.log((1 + n) / (1 + df[itemUsers.indices()[p]])) + 1;
                    out[p] = (float) (Math.sqrt(Math.max(0, in[p])) * idf);
                }
            }
            case BM25 -> {
                double[] len = new double[itemUsers.rows()];
                double total = 0;
                for (int i = 0; i < itemUsers.rows(); i++) {
                    for (int p = itemUsers.rowStart(i); p < itemUsers.rowEnd(i); p++) len[i] += in[p];
                    total += len[i];
                }
                double avg = n == 0 || total == 0 ? 1 : total / n;
                for (int i = 0; i < itemUsers.rows(); i++) {
                    double norm = 1 - b + b * len[i] / avg;
                    for (int p = itemUsers.rowStart(i); p < itemUsers.rowEnd(i); p++) {
                        int d = df[itemUsers.indices()[p]];
                        double idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
                        double w = Math.max(0, in[p]);
                        out[p] = w == 0 ? 0f : (float) (w * (k1 + 1) / (k1 * norm + w) * idf);
                    }
                }
            }
        }
        if (this != BM25) normaliseRows(itemUsers.indptr(), out);
        return out;
    }

    /** Scales each row to unit L2 length (empty and all-zero rows stay zero). */
    static void normaliseRows(int[] ptr, float[] values) {
        for (int r = 0; r + 1 < ptr.length; r++) {
            double sq = 0;
            for (int p = ptr[r]; p < ptr[r + 1]; p++) sq += (double) values[p] * values[p];
            if (sq == 0) continue;
            float inv = (float) (1 / Math.sqrt(sq));
            for (int p = ptr[r]; p < ptr[r + 1]; p++) values[p] *= inv;
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
