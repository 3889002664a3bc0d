package dev.encore.ml.ease;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.registry.Manifests;
import dev.encore.ml.registry.Queries;
import dev.encore.ml.topk.TopK;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trained EASE model: score(j) = Σ over the query's items i of x_i · B_ij, with x_i = 1 when trained binary,
 * else the query weight. Only positive scores are listed. {@link #similarItems} reads row i of B (how strongly i
 * predicts each other item). {@code because} names the (up to three) history items with the largest terms.
 */
public final class EaseModel implements Model {
    private final int userCount;
    private final float[][] b;
    private final boolean binary;
    private final Params params;

    EaseModel(int userCount, float[][] b, boolean binary, Params params) {
        this.userCount = userCount;
        this.b = b;
        this.binary = binary;
        this.params = params;
    }

    @Override public String algorithm() { return EaseRecommender.NAME; }
    @Override public int userCount() { return userCount; }
    @Override public int itemCount() { return b.length; }

    /** The learned weight B_ij of item i in predicting item j. */
    public float weight(int i, int j) {
        Queries.checkItem("item", i, itemCount());
        Queries.checkItem("item", j, itemCount());
        return b[i][j];
    }

    private float x(UserQuery q, int p) {
        return binary ? 1f : q.weights()[p];
    }

    private float[] scores(UserQuery q) {
        float[] s = new float[itemCount()];
        for (int p = 0; p < q.items().length; p++) {
            float xi = x(q, p);
            float[] row = b[q.items()[p]];
            for (int j = 0; j < s.length; j++) s[j] += xi * row[j];
        }
        return s;
    }

    @Override
    public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkQuery(query, userCount, itemCount());
        TopK.Result top = Queries.top(scores(query), null, 0, k, filter, -1, 0f);
        int[] history = query.items();
        List<ScoredItem> out = new ArrayList<>(top.size());
        for (int r = 0; r < top.size(); r++) {
            int j = top.items()[r];
            int[] because = Queries.because(history, p -> x(query, p) * b[history[p]][j], 3);
            out.add(new ScoredItem(j, top.scores()[r], EaseRecommender.NAME, because));
        }
        return out;
    }

    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkItem("item", item, itemCount());
        return Queries.scored(Queries.top(b[item], null, 0, k, filter, item, 0f), EaseRecommender.NAME);
    }

    @Override
    public float[] score(UserQuery query, int[] items) {
        Queries.checkQuery(query, userCount, itemCount());
        Queries.checkItems(items, itemCount());
        float[] s = scores(query);
        float[] out = new float[items.length];
        for (int i = 0; i < items.length; i++) out[i] = s[items[i]];
        return out;
    }

    @Override
    public void save(Path dir) throws IOException {
        Manifests.write(dir, this, params, Map.of("binary", binary));
        DenseRows.write(dir, "B", b);
    }

    static EaseModel load(Path dir) throws IOException {
        Map<String, Object> m = Manifests.read(dir, EaseRecommender.NAME);
        int n = Manifests.intOf(m, "items");
        if (!(m.get("binary") instanceof Boolean binary)) throw new IOException("manifest in " + dir + " lacks 'binary'");
        return new EaseModel(Manifests.intOf(m, "users"), DenseRows.read(dir, "B", n, n), binary, Manifests.params(m));
    }
}
