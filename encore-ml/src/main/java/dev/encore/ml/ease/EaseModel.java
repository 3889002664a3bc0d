package dev.encore.ml.ease;

import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.registry.Manifests;
import dev.encore.ml.registry.Queries;
import dev.encore.ml.snapshot.Snapshot;
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
 *
 * <p>When fitted with {@code min_users}, B covers only the kept items ({@link ItemSubset}); pruned items have no
 * row or column, contribute nothing as history, score 0 and are never listed. Item indices stay those of the
 * training matrix throughout.
 */
public final class EaseModel implements Model {
    private final int userCount;
    private final ItemSubset subset;
    private final float[][] b; // fitted × fitted, indexed by ItemSubset positions
    private final boolean binary;
    private final Params params;

    EaseModel(int userCount, ItemSubset subset, float[][] b, boolean binary, Params params) {
        this.userCount = userCount;
        this.subset = subset;
        this.b = b;
        this.binary = binary;
        this.params = params;
    }

    @Override public String algorithm() { return EaseRecommender.NAME; }
    @Override public int userCount() { return userCount; }
    @Override public int itemCount() { return subset.itemCount(); }

    /** Number of items the model was fitted on (the others were pruned by {@code min_users}). */
    public int fittedItemCount() { return subset.size(); }

    /** The learned weight B_ij of item i in predicting item j (0 when either was pruned). */
    public float weight(int i, int j) {
        Queries.checkItem("item", i, itemCount());
        Queries.checkItem("item", j, itemCount());
        int pi = subset.pos()[i], pj = subset.pos()[j];
        return pi < 0 || pj < 0 ? 0f : b[pi][pj];
    }

    private float x(UserQuery q, int p) {
        return binary ? 1f : q.weights()[p];
    }

    private float[] scores(UserQuery q) {
        int[] pos = subset.pos();
        float[] fitted = new float[subset.size()];
        for (int p = 0; p < q.items().length; p++) {
            int r = pos[q.items()[p]];
            if (r < 0) continue; // pruned history item: no weights
            float xi = x(q, p);
            float[] row = b[r];
            for (int j = 0; j < fitted.length; j++) fitted[j] += xi * row[j];
        }
        return spread(fitted);
    }

    /** Fitted-index scores laid out over all items, pruned ones at 0. */
    private float[] spread(float[] fitted) {
        if (subset.isAll()) return fitted;
        float[] s = new float[itemCount()];
        int[] kept = subset.kept();
        for (int c = 0; c < fitted.length; c++) s[kept[c]] = fitted[c];
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
            int[] because = Queries.because(history, p -> x(query, p) * weight(history[p], j), 3);
            out.add(new ScoredItem(j, top.scores()[r], EaseRecommender.NAME, because));
        }
        return out;
    }

    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkItem("item", item, itemCount());
        int r = subset.pos()[item];
        if (r < 0) return List.of(); // pruned: no weights to rank by
        return Queries.scored(Queries.top(spread(b[r]), null, 0, k, filter, item, 0f), EaseRecommender.NAME);
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
        Manifests.write(dir, this, params, Map.of("binary", binary, "fitted", subset.size()));
        DenseRows.write(dir, "B", b);
        if (!subset.isAll()) Snapshot.writeInts(dir, "kept", subset.kept());
    }

    static EaseModel load(Path dir) throws IOException {
        Map<String, Object> m = Manifests.read(dir, EaseRecommender.NAME);
        int n = Manifests.intOf(m, "items");
        if (!(m.get("binary") instanceof Boolean binary)) throw new IOException("manifest in " + dir + " lacks 'binary'");
        // Snapshots from before min_users have no 'fitted' entry: every item was fitted.
        int fitted = m.containsKey("fitted") ? Manifests.intOf(m, "fitted") : n;
        ItemSubset subset;
        if (fitted == n) {
            subset = ItemSubset.all(n);
        } else {
            int[] kept = Snapshot.readInts(dir, "kept");
            if (kept.length != fitted) throw new IOException("kept.i32 in " + dir + " lists " + kept.length + " items, manifest says fitted=" + fitted);
            try {
                subset = ItemSubset.of(n, kept);
            } catch (IllegalArgumentException e) {
                throw new IOException("kept.i32 in " + dir + ": " + e.getMessage(), e);
            }
        }
        return new EaseModel(Manifests.intOf(m, "users"), subset, DenseRows.read(dir, "B", fitted, fitted), binary, Manifests.params(m));
    }
}
