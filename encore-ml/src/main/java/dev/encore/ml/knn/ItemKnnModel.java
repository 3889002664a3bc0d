package dev.encore.ml.knn;

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
 * A trained item-kNN model: score(j) = Σ over the query's items i of weight(i) · sim(i, j); {@code because} names
 * the (up to three) history items with the largest terms. Only items reached through some neighbour list are
 * recommended. The query's own items are not removed unless the filter says so (radio wants them, shelves do not).
 */
public final class ItemKnnModel implements Model {
    static final int BECAUSE = 3;
    private final int userCount;
    private final Neighbours sims;
    private final Params params;

    ItemKnnModel(int userCount, Neighbours sims, Params params) {
        this.userCount = userCount;
        this.sims = sims;
        this.params = params;
    }

    @Override public String algorithm() { return ItemKnnRecommender.NAME; }
    @Override public int userCount() { return userCount; }
    @Override public int itemCount() { return sims.rows(); }

    /** The similarity of {@code a} to {@code b} as kept in {@code a}'s neighbour list (0 when not kept). */
    public float similarity(int a, int b) {
        Queries.checkItem("item", a, itemCount());
        Queries.checkItem("item", b, itemCount());
        return sims.similarity(a, b);
    }

    @Override
    public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkQuery(query, userCount, itemCount());
        float[] scores = new float[itemCount()];
        int[] touched = new int[itemCount()];
        int count = accumulate(query, scores, touched);
        TopK.Result top = Queries.top(scores, touched, count, k, filter, -1, 0f);
        List<ScoredItem> out = new ArrayList<>(top.size());
        int[] history = query.items();
        float[] w = query.weights();
        for (int r = 0; r < top.size(); r++) {
            int j = top.items()[r];
            int[] because = Queries.because(history, p -> w[p] * sims.similarity(history[p], j), BECAUSE);
            out.add(new ScoredItem(j, top.scores()[r], ItemKnnRecommender.NAME, because));
        }
        return out;
    }

    /** Adds each history item's neighbour row into {@code scores}; returns how many items were touched. */
    private int accumulate(UserQuery query, float[] scores, int[] touched) {
        boolean[] seen = new boolean[scores.length];
        int count = 0;
        for (int h = 0; h < query.items().length; h++) {
            int i = query.items()[h];
            float w = query.weights()[h];
            for (int p = sims.start(i); p < sims.end(i); p++) {
                int j = sims.neighbour(p);
                if (!seen[j]) {
                    seen[j] = true;
                    touched[count++] = j;
                }
                scores[j] += w * sims.similarityAt(p);
            }
        }
        return count;
    }

    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkItem("item", item, itemCount());
        TopK top = new TopK(k);
        for (int p = sims.start(item); p < sims.end(item); p++) {
            int j = sims.neighbour(p);
            if (filter.allows(j)) top.offer(j, sims.similarityAt(p));
        }
        return Queries.scored(top.drain(), ItemKnnRecommender.NAME);
    }

    @Override
    public float[] score(UserQuery query, int[] items) {
        Queries.checkQuery(query, userCount, itemCount());
        Queries.checkItems(items, itemCount());
        float[] scores = new float[itemCount()];
        accumulate(query, scores, new int[itemCount()]);
        float[] out = new float[items.length];
        for (int i = 0; i < items.length; i++) out[i] = scores[items[i]];
        return out;
    }

    @Override
    public void save(Path dir) throws IOException {
        Manifests.write(dir, this, params, Map.of("nnz", sims.nnz()));
        sims.save(dir, "sim");
    }

    static ItemKnnModel load(Path dir) throws IOException {
        Map<String, Object> m = Manifests.read(dir, ItemKnnRecommender.NAME);
        Neighbours sims = Neighbours.load(dir, "sim", Manifests.intOf(m, "items"));
        return new ItemKnnModel(Manifests.intOf(m, "users"), sims, Manifests.params(m));
    }
}
