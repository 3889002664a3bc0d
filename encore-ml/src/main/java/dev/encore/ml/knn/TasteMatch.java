package dev.encore.ml.knn;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.registry.Queries;
import dev.encore.ml.topk.TopK;

import java.util.ArrayList;
import java.util.List;

/**
 * User–user similarity and the "taste match" shown between two listeners. Similarity is the cosine of their rows
 * (best on a user × artist matrix, see {@link ArtistMatrix}). The 0–100 score is {@code round(100 · √cos)}:
 * cosines between real listeners bunch near zero (0.02–0.3 is typical), and the square root spreads that range
 * while keeping the ends: 0 for nothing in common, 100 for identical taste (cos 0.04 → 20, 0.25 → 50, 0.64 → 80).
 * Negative cosines (possible with negative weights) map to 0.
 */
public final class TasteMatch {
    private final InteractionMatrix users;     // rows scaled to unit length
    private final InteractionMatrix byItem;    // its transpose, for similarUsers

    public TasteMatch(InteractionMatrix userItems) {
        float[] v = userItems.values().clone();
        Weighting.normaliseRows(userItems.indptr(), v);
        this.users = new InteractionMatrix(userItems.rows(), userItems.cols(), userItems.indptr(), userItems.indices(), v);
        this.byItem = users.transpose();
    }

    /** A listener matched to another: the cosine and its 0–100 score. */
    public record Match(int user, float cosine, int score) {}

    /** Maps a cosine to the 0–100 taste match score (see the class comment). */
    public static int score(double cosine) {
        if (Double.isNaN(cosine)) throw new IllegalArgumentException("cosine is NaN");
        return (int) Math.round(100 * Math.sqrt(Math.min(1, Math.max(0, cosine))));
    }

    public double cosine(int a, int b) {
        checkUser(a);
        checkUser(b);
        int pa = users.rowStart(a), ea = users.rowEnd(a), pb = users.rowStart(b), eb = users.rowEnd(b);
        double dot = 0;
        int[] idx = users.indices();
        float[] v = users.values();
        while (pa < ea && pb < eb) {
            if (idx[pa] < idx[pb]) pa++;
            else if (idx[pa] > idx[pb]) pb++;
            else dot += (double) v[pa++] * v[pb++];
        }
        return Math.min(1, dot);
    }

    /** The taste match of two listeners, 0–100. */
    public int score(int a, int b) {
        return score(cosine(a, b));
    }

    /** The {@code k} listeners most similar to {@code user} (never the user), best first; only those with overlap. */
    public List<Match> similarUsers(int user, int k) {
        checkUser(user);
        Queries.checkK(k);
        float[] acc = new float[users.rows()];
        int[] touched = new int[users.rows()];
        boolean[] seen = new boolean[users.rows()];
        int count = 0;
        for (int p = users.rowStart(user); p < users.rowEnd(user); p++) {
            int item = users.indices()[p];
            float w = users.values()[p];
            for (int q = byItem.rowStart(item); q < byItem.rowEnd(item); q++) {
                int other = byItem.indices()[q];
                if (!seen[other]) {
                    seen[other] = true;
                    touched[count++] = other;
                }
                acc[other] += w * byItem.values()[q];
            }
        }
        TopK top = new TopK(k);
        for (int t = 0; t < count; t++) {
            int other = touched[t];
            if (other != user && acc[other] > 0) top.offer(other, acc[other]);
        }
        TopK.Result r = top.drain();
        List<Match> out = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            float c = Math.min(1f, r.scores()[i]);
            out.add(new Match(r.items()[i], c, score(c)));
        }
        return out;
    }

    private void checkUser(int u) {
        if (u < 0 || u >= users.rows())
            throw new IllegalArgumentException("user " + u + " is out of range: the matrix has " + users.rows() + " users");
    }
}
