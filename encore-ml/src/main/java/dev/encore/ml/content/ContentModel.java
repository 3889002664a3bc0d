package dev.encore.ml.content;

import dev.encore.core.matrix.InteractionMatrix;
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
 * A trained content model. A user's profile is the weighted sum of their items' vectors, scaled to unit length;
 * score(j) = cosine(profile, item j). Only positive scores are listed. Queries scan every item vector
 * (O(feature non-zeros)), so freshly added items need no training signal.
 */
public final class ContentModel implements Model {
    private final int userCount;
    private final InteractionMatrix vectors;   // item × feature dimension, unit rows
    private final Params params;

    ContentModel(int userCount, InteractionMatrix vectors, Params params) {
        this.userCount = userCount;
        this.vectors = vectors;
        this.params = params;
    }

    @Override public String algorithm() { return ContentRecommender.NAME; }
    @Override public int userCount() { return userCount; }
    @Override public int itemCount() { return vectors.rows(); }

    /** Cosine between two items' content vectors. */
    public float similarity(int a, int b) {
        Queries.checkItem("item", a, itemCount());
        Queries.checkItem("item", b, itemCount());
        return dot(a, b);
    }

    private float dot(int a, int b) {
        int pa = vectors.rowStart(a), ea = vectors.rowEnd(a), pb = vectors.rowStart(b), eb = vectors.rowEnd(b);
        int[] idx = vectors.indices();
        float[] v = vectors.values();
        double s = 0;
        while (pa < ea && pb < eb) {
            if (idx[pa] < idx[pb]) pa++;
            else if (idx[pa] > idx[pb]) pb++;
            else s += (double) v[pa++] * v[pb++];
        }
        return (float) s;
    }

    /** Unit-length profile of the query, or null when its items have no content. */
    private float[] profile(UserQuery q) {
        float[] prof = new float[vectors.cols()];
        for (int h = 0; h < q.items().length; h++) {
            int i = q.items()[h];
            for (int p = vectors.rowStart(i); p < vectors.rowEnd(i); p++) prof[vectors.indices()[p]] += q.weights()[h] * vectors.values()[p];
        }
        return unit(prof);
    }

    private float[] itemProfile(int item) {
        float[] prof = new float[vectors.cols()];
        for (int p = vectors.rowStart(item); p < vectors.rowEnd(item); p++) prof[vectors.indices()[p]] = vectors.values()[p];
        return unit(prof);
    }

    private static float[] unit(float[] v) {
        double sq = 0;
        for (float x : v) sq += (double) x * x;
        if (sq == 0) return null;
        float s = (float) (1 / Math.sqrt(sq));
        for (int d = 0; d < v.length; d++) v[d] *= s;
        return v;
    }

    /** Cosine of every item with the profile (all zeros for a null profile). */
    private float[] scores(float[] prof) {
        float[] s = new float[itemCount()];
        if (prof == null) return s;
        for (int j = 0; j < s.length; j++) {
            double acc = 0;
            for (int p = vectors.rowStart(j); p < vectors.rowEnd(j); p++) acc += (double) vectors.values()[p] * prof[vectors.indices()[p]];
            s[j] = (float) acc;
        }
        return s;
    }

    @Override
    public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkQuery(query, userCount, itemCount());
        TopK.Result top = Queries.top(scores(profile(query)), null, 0, k, filter, -1, 0f);
        int[] history = query.items();
        List<ScoredItem> out = new ArrayList<>(top.size());
        for (int r = 0; r < top.size(); r++) {
            int j = top.items()[r];
            int[] because = Queries.because(history, p -> query.weights()[p] * dot(history[p], j), 3);
            out.add(new ScoredItem(j, top.scores()[r], ContentRecommender.NAME, because));
        }
        return out;
    }

    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkItem("item", item, itemCount());
        return Queries.scored(Queries.top(scores(itemProfile(item)), null, 0, k, filter, item, 0f), ContentRecommender.NAME);
    }

    @Override
    public float[] score(UserQuery query, int[] items) {
        Queries.checkQuery(query, userCount, itemCount());
        Queries.checkItems(items, itemCount());
        float[] prof = profile(query);
        float[] out = new float[items.length];
        if (prof == null) return out;
        for (int i = 0; i < items.length; i++) {
            double acc = 0;
            int j = items[i];
            for (int p = vectors.rowStart(j); p < vectors.rowEnd(j); p++) acc += (double) vectors.values()[p] * prof[vectors.indices()[p]];
            out[i] = (float) acc;
        }
        return out;
    }

    @Override
    public void save(Path dir) throws IOException {
        Manifests.write(dir, this, params, Map.of("dims", vectors.cols()));
        Snapshot.writeInts(dir, "vecPtr", vectors.indptr());
        Snapshot.writeInts(dir, "vecIdx", vectors.indices());
        Snapshot.writeFloats(dir, "vecVal", vectors.values());
    }

    static ContentModel load(Path dir) throws IOException {
        Map<String, Object> m = Manifests.read(dir, ContentRecommender.NAME);
        InteractionMatrix v;
        try {
            v = new InteractionMatrix(Manifests.intOf(m, "items"), Manifests.intOf(m, "dims"), Snapshot.readInts(dir, "vecPtr"),
                    Snapshot.readInts(dir, "vecIdx"), Snapshot.readFloats(dir, "vecVal"));
        } catch (IllegalArgumentException e) {
            throw new IOException("content vectors in " + dir + " are corrupt: " + e.getMessage(), e);
        }
        return new ContentModel(Manifests.intOf(m, "users"), v, Manifests.params(m));
    }
}
