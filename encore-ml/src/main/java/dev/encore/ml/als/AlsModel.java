package dev.encore.ml.als;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.ml.ItemFilter;
import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;
import dev.encore.ml.UserQuery;
import dev.encore.ml.linalg.Gram;
import dev.encore.ml.linalg.Kernels;
import dev.encore.ml.linalg.WorkerPool;
import dev.encore.ml.topk.FactorScanner;
import dev.encore.ml.topk.TopK;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained implicit-ALS model: score(user, item) = x_u · y_i, with exact top-K over all items. A query for an
 * unseen user (user = -1), or for a known user whose interactions differ from the training row, is folded in:
 * its factor is solved from its items against the fixed item factors. Each recommendation names up to three history
 * items that contribute most to its score. Immutable and safe for concurrent readers.
 */
public final class AlsModel implements Model {
    public static final String ALGORITHM = "als";
    private static final int[] NO_REASONS = new int[0];
    /** History items named in {@link ScoredItem#because()}. */
    static final int EXPLAIN = 3;

    private final AlsParams params;
    private final int users;
    private final int items;
    private final int f;
    private final UserRows userRows;
    private final float[] itemFactors;
    private final int[] fingerprints;
    private final TrainingLog training;
    private final FactorScanner scanner;
    private final FoldIn foldIn;

    AlsModel(AlsParams params, int users, int items, UserRows userRows, float[] itemFactors, int[] fingerprints,
             TrainingLog training) {
        this.params = params;
        this.users = users;
        this.items = items;
        this.f = params.factors();
        this.userRows = userRows;
        this.itemFactors = itemFactors;
        this.fingerprints = fingerprints;
        this.training = training;
        this.scanner = new FactorScanner(itemFactors, items, f);
        float[] gram;
        try (WorkerPool one = new WorkerPool(1)) {
            gram = Gram.of(itemFactors, items, f, params.regularization(), one);
        }
        this.foldIn = new FoldIn(itemFactors, f, gram, params);
    }

    /** Wraps the result of {@link AlsTrainer#train} on {@code interactions} with {@code params} as a model. */
    public static AlsModel of(InteractionMatrix interactions, AlsParams params, AlsFactors f) {
        if (f.users() != interactions.rows() || f.items() != interactions.cols() || f.factors() != params.factors()) {
            throw new IllegalArgumentException("factors " + f.users() + "x" + f.items() + " rank " + f.factors()
                    + " were not trained on " + interactions + " with factors=" + params.factors());
        }
        int[] fingerprints = new int[interactions.rows()];
        for (int u = 0; u < fingerprints.length; u++) {
            fingerprints[u] = fingerprint(interactions.indices(), interactions.values(), interactions.rowStart(u),
                    interactions.rowEnd(u));
        }
        TrainingLog log = TrainingLog.of(f, WorkerPool.resolve(params.threads()), Kernels.describe());
        return new AlsModel(params, f.users(), f.items(), new UserRows.Heap(f.userFactors(), f.users(), f.factors()),
                f.itemFactors(), fingerprints, log);
    }

    /** Loads a model saved by {@link #save}; user factors are memory-mapped when {@code mapUserFactors}. */
    public static AlsModel load(Path dir, boolean mapUserFactors) throws IOException {
        return AlsSnapshot.read(dir, mapUserFactors);
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public int userCount() {
        return users;
    }

    @Override
    public int itemCount() {
        return items;
    }

    public int factors() {
        return f;
    }

    public AlsParams params() {
        return params;
    }

    /** Loss per iteration, timings and the kernels used in training. */
    public TrainingLog training() {
        return training;
    }

    /** True when the user factors are read from a memory-mapped file. */
    public boolean userFactorsMapped() {
        return userRows.mapped();
    }

    /** A copy of the trained factor of {@code user}. */
    public float[] userFactor(int user) {
        checkUser(user);
        float[] x = new float[f];
        userRows.copyRow(user, x);
        return x;
    }

    /** A copy of the factor of {@code item}. */
    public float[] itemFactor(int item) {
        checkItem(item);
        return java.util.Arrays.copyOfRange(itemFactors, item * f, (item + 1) * f);
    }

    /** The item factors, row-major items × factors, not copied (e.g. to build an ANN index): do not modify. */
    public float[] itemFactors() {
        return itemFactors;
    }

    /** The factor used for {@code query}: the stored one, or a fold-in of the query's items. */
    public float[] userVector(UserQuery query) {
        return vector(query, null);
    }

    /**
     * Top k items for the query. An unseen user with no items gets an empty list (nothing to go on: use a
     * popularity source). Items the user already has are not removed unless the filter says so.
     */
    @Override
    public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter) {
        return recommend(query, k, filter, true);
    }

    /**
     * Explanations need the user's fold-in factorisation even when the stored factor is used; without them a known
     * user with an unchanged history costs only the top-k scan.
     */
    @Override
    public List<ScoredItem> recommend(UserQuery query, int k, ItemFilter filter, boolean explain) {
        checkQuery(query);
        if (query.user() < 0 && query.items().length == 0) return List.of();
        FoldIn.Solution solution = explain ? foldIn.solve(query.items(), query.weights()) : null;
        TopK.Result top = scanner.topK(vector(query, solution), k, filter);
        int[][] because = explain ? solution.because(top.items(), EXPLAIN) : null;
        List<ScoredItem> out = new ArrayList<>(top.size());
        for (int r = 0; r < top.size(); r++) {
            out.add(new ScoredItem(top.items()[r], top.scores()[r], ALGORITHM, explain ? because[r] : NO_REASONS));
        }
        return out;
    }

    @Override
    public int[][] explain(UserQuery query, int[] items, int max) {
        checkQuery(query);
        for (int item : items) checkItem(item);
        return foldIn.solve(query.items(), query.weights()).because(items, max);
    }

    /** Items with the most similar factors (cosine), never the item itself; because = the item. */
    @Override
    public List<ScoredItem> similarItems(int item, int k, ItemFilter filter) {
        checkItem(item);
        float norm = scanner.norm(item);
        if (!(norm > 0)) return List.of();
        float[] q = itemFactor(item);
        for (int d = 0; d < f; d++) q[d] /= norm;
        TopK.Result top = scanner.topKCosine(q, k, filter.and(i -> i != item));
        List<ScoredItem> out = new ArrayList<>(top.size());
        for (int r = 0; r < top.size(); r++) {
            out.add(new ScoredItem(top.items()[r], top.scores()[r], ALGORITHM, new int[] {item}));
        }
        return out;
    }

    @Override
    public float[] score(UserQuery query, int[] candidates) {
        ItemScorer scorer = scorer(query);
        float[] out = new float[candidates.length];
        for (int c = 0; c < candidates.length; c++) out[c] = scorer.score(candidates[c]);
        return out;
    }

    /** The query's factor is found (or folded in) once; each item then costs one dot product. */
    @Override
    public ItemScorer scorer(UserQuery query) {
        checkQuery(query);
        float[] x = vector(query, null);
        return item -> {
            checkItem(item);
            return scanner.score(x, item);
        };
    }

    @Override
    public void save(Path dir) throws IOException {
        AlsSnapshot.write(this, dir);
    }

    UserRows userRows() {
        return userRows;
    }

    int[] fingerprints() {
        return fingerprints;
    }

    /** The stored factor when the query is a known user with their training interactions (or none), else fold-in. */
    private float[] vector(UserQuery q, FoldIn.Solution solved) {
        boolean stored = q.user() >= 0 && (q.items().length == 0
                || fingerprint(q.items(), q.weights(), 0, q.items().length) == fingerprints[q.user()]);
        if (stored) {
            float[] x = new float[f];
            userRows.copyRow(q.user(), x);
            return x;
        }
        return (solved != null ? solved : foldIn.solve(q.items(), q.weights())).x;
    }

    /** Identifies a user's training row, so a query carrying exactly that row reuses the trained factor. */
    static int fingerprint(int[] idx, float[] weights, int from, int to) {
        int h = 1;
        for (int p = from; p < to; p++) {
            h = 31 * h + idx[p];
            h = 31 * h + Float.floatToIntBits(weights[p]);
        }
        return h;
    }

    private void checkQuery(UserQuery q) {
        if (q.user() < -1 || q.user() >= users) {
            throw new IllegalArgumentException("user index " + q.user() + " is out of range: this model has " + users
                    + " users (use -1 for a user it has not seen)");
        }
        for (int i : q.items()) {
            if (i < 0 || i >= items) {
                throw new IllegalArgumentException("query item index " + i + " is out of range: this model has " + items
                        + " items (map new items through the training IdMap, drop unknown ones)");
            }
        }
    }

    private void checkUser(int user) {
        if (user < 0 || user >= users) throw new IllegalArgumentException("user index " + user + " is out of range [0, " + users + ")");
    }

    private void checkItem(int item) {
        if (item < 0 || item >= items) throw new IllegalArgumentException("item index " + item + " is out of range [0, " + items + ")");
    }
}
