package dev.encore.ml.graph;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The user–item graph plus walk parameters. score(j) = (Σ over pins of √visits(pin → j))² / steps (or plain visits
 * / steps without boost); {@code because} names the (up to three) pins whose walks visited the item most. The
 * walks are random but seeded, so a query's answer is fixed for a given model and seed.
 */
public final class GraphWalkModel implements Model {
    private final InteractionMatrix users;   // user × item, structure only
    private final InteractionMatrix items;   // item × user
    private final PixieWalk.WalkParams walk;
    private final Params params;

    GraphWalkModel(int[] indptr, int[] indices, int userCount, int itemCount, Params params) {
        float[] ones = new float[indices.length];
        Arrays.fill(ones, 1f);
        this.users = new InteractionMatrix(userCount, itemCount, indptr, indices, ones);
        this.items = users.transpose();
        this.params = params;
        int steps = params.getInt("steps", 20_000);
        double restart = params.getDouble("restart", 0.3);
        if (steps < 1) throw new IllegalArgumentException("parameter steps=" + steps + " must be >= 1");
        if (!(restart > 0 && restart <= 1)) throw new IllegalArgumentException("parameter restart=" + restart + " must be in (0, 1]");
        this.walk = new PixieWalk.WalkParams(steps, restart, params.getBoolean("boost", true), params.getLong("seed", 42));
    }

    @Override public String algorithm() { return GraphWalkRecommender.NAME; }
    @Override public int userCount() { return users.rows(); }
    @Override public int itemCount() { return users.cols(); }

    @Override
    public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkQuery(query, userCount(), itemCount());
        PixieWalk w = new PixieWalk(users, items, query.items(), query.weights(), walk);
        TopK.Result top = Queries.top(w.score, w.touched, w.touchedCount, k, filter, -1, 0f);
        List<ScoredItem> out = new ArrayList<>(top.size());
        for (int r = 0; r < top.size(); r++) {
            int j = top.items()[r];
            int[] because = Queries.because(query.items(), q -> w.visits(q, j), 3);
            out.add(new ScoredItem(j, top.scores()[r], GraphWalkRecommender.NAME, because));
        }
        return out;
    }

    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        Queries.checkK(k);
        Queries.checkItem("item", item, itemCount());
        PixieWalk w = new PixieWalk(users, items, new int[] {item}, new float[] {1f}, walk);
        return Queries.scored(Queries.top(w.score, w.touched, w.touchedCount, k, filter, item, 0f), GraphWalkRecommender.NAME);
    }

    @Override
    public float[] score(UserQuery query, int[] scored) {
        Queries.checkQuery(query, userCount(), itemCount());
        Queries.checkItems(scored, itemCount());
        PixieWalk w = new PixieWalk(users, items, query.items(), query.weights(), walk);
        float[] out = new float[scored.length];
        for (int i = 0; i < scored.length; i++) out[i] = w.score[scored[i]];
        return out;
    }

    @Override
    public void save(Path dir) throws IOException {
        Manifests.write(dir, this, params, Map.of("nnz", users.nnz()));
        Snapshot.writeInts(dir, "indptr", users.indptr());
        Snapshot.writeInts(dir, "indices", users.indices());
    }

    static GraphWalkModel load(Path dir) throws IOException {
        Map<String, Object> m = Manifests.read(dir, GraphWalkRecommender.NAME);
        try {
            return new GraphWalkModel(Snapshot.readInts(dir, "indptr"), Snapshot.readInts(dir, "indices"),
                    Manifests.intOf(m, "users"), Manifests.intOf(m, "items"), Manifests.params(m));
        } catch (IllegalArgumentException e) {
            throw new IOException("graph snapshot " + dir + " is corrupt: " + e.getMessage(), e);
        }
    }
}
