package dev.encore.eval.run;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.split.Split;
import dev.encore.eval.split.Splitter;
import dev.encore.eval.stats.Bootstrap;
import dev.encore.eval.stats.PairedComparison;
import dev.encore.ml.Model;
import dev.encore.ml.Params;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Offline evaluation run: split the data (or take a given split), train every model on train, ask each for the
 * top max(K) (at least |held-out| for R-precision, up to {@link #R_PRECISION_DEPTH}) for every test user with
 * their training items excluded, and score. Users with no held-out items are skipped and counted. Models that
 * take a {@code seed} parameter get the run's seed unless their params name one. Same inputs and seed give the
 * same numbers, whatever the thread count.
 */
public final class Evaluation {
    /** Deepest list asked for, for R-precision of users with many held-out items. */
    public static final int R_PRECISION_DEPTH = 500;

    private Split split;
    private InteractionLog log;
    private Splitter splitter;
    private final List<ModelSpec> models = new ArrayList<>();
    private int[] ks = {10, 20};
    private long seed = 42;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int resamples = Bootstrap.DEFAULT_RESAMPLES;
    private ItemMetadata meta = ItemMetadata.NONE;
    private Progress progress = Progress.NONE;

    /** Splits {@code log} with {@code splitter} and the run seed. */
    public Evaluation data(InteractionLog log, Splitter splitter) {
        this.log = Objects.requireNonNull(log, "log");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.split = null;
        return this;
    }

    /** Evaluates a given split (e.g. read from --train/--test files). */
    public Evaluation split(Split split) {
        this.split = Objects.requireNonNull(split, "split");
        this.log = null;
        this.splitter = null;
        return this;
    }

    public Evaluation model(ModelSpec spec) {
        for (ModelSpec m : models)
            if (m.name().equals(spec.name())) throw new IllegalArgumentException("two models are named '" + spec.name() + "': names must be unique");
        models.add(spec);
        return this;
    }

    public Evaluation models(List<ModelSpec> specs) {
        specs.forEach(this::model);
        return this;
    }

    public Evaluation ks(int... ks) {
        if (ks.length == 0) throw new IllegalArgumentException("give at least one K (e.g. 10,20)");
        int[] sorted = Arrays.stream(ks).distinct().sorted().toArray();
        if (sorted[0] < 1) throw new IllegalArgumentException("every K must be >= 1, got " + sorted[0]);
        this.ks = sorted;
        return this;
    }

    public Evaluation seed(long seed) {
        this.seed = seed;
        return this;
    }

    public Evaluation threads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.threads = threads;
        return this;
    }

    public Evaluation bootstrapResamples(int resamples) {
        if (resamples < 1) throw new IllegalArgumentException("bootstrap resamples must be >= 1, got " + resamples);
        this.resamples = resamples;
        return this;
    }

    public Evaluation metadata(ItemMetadata meta) {
        this.meta = Objects.requireNonNull(meta, "metadata");
        return this;
    }

    public Evaluation progress(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    public EvaluationResult run() {
        if (models.isEmpty()) throw new IllegalStateException("no models to evaluate: add at least one with model(...)");
        if (split == null && log == null) throw new IllegalStateException("no data: call data(log, splitter) or split(split)");
        long start = System.nanoTime();
        Split s = split != null ? split : splitter.split(log, seed);
        InteractionMatrix train = s.train().toMatrix(), test = s.test().toMatrix();
        InteractionMatrix unranked = s.unranked() == null ? null : s.unranked().toMatrix();
        meta.checkCovers(train.cols());

        List<Integer> evaluated = new ArrayList<>();
        int skipped = 0;
        for (int u = 0; u < test.rows(); u++) {
            if (test.rowNnz(u) > 0) evaluated.add(u);
            else if (train.rowNnz(u) > 0) skipped++;
        }
        int[] users = evaluated.stream().mapToInt(Integer::intValue).toArray();
        int[][] relevant = new int[users.length][];
        for (int p = 0; p < users.length; p++) relevant[p] = test.rowIndices(users[p]);
        int maxK = ks[ks.length - 1];
        int[] pop = train.columnCounts();
        int trainUsers = 0;
        for (int u = 0; u < train.rows(); u++) if (train.rowNnz(u) > 0) trainUsers++;

        List<ModelResult> results = new ArrayList<>();
        for (ModelSpec spec : models) {
            Params params = spec.params().values().containsKey("seed") ? spec.params() : spec.params().with("seed", seed);
            progress.update("fit " + spec.name(), 0, 1);
            long t0 = System.nanoTime();
            Model model = spec.recommender().fit(train, params);
            double fit = (System.nanoTime() - t0) / 1e9;
            progress.update("fit " + spec.name(), 1, 1);
            long t1 = System.nanoTime();
            int[][] lists = ListMaker.lists(spec.name(), model, train, unranked, users,
                    p -> Math.max(maxK, Math.min(relevant[p].length, R_PRECISION_DEPTH)), threads, progress);
            double rec = (System.nanoTime() - t1) / 1e9;
            progress.update("score " + spec.name(), 0, 1);
            Scoring sc = new Scoring(lists, relevant, pop, trainUsers, train.cols(), meta, resamples, seed).run(ks);
            progress.update("score " + spec.name(), 1, 1);
            results.add(new ModelResult(spec.name(), spec.recommender().name(), new TreeMap<>(params.values()), fit, rec,
                    sc.metrics, sc.perUser, sc.topExposure));
        }
        List<PairedComparison.Result> comparisons = compare(results);
        Map<String, Object> settings = new LinkedHashMap<>(new TreeMap<>(s.settings()));
        return new EvaluationResult(s.protocol(), settings, seed, Fingerprint.of(train, test), train.rows(), train.cols(),
                train.nnz(), test.nnz(), users, skipped, ks.clone(), resamples, List.copyOf(results), comparisons,
                (System.nanoTime() - start) / 1e9);
    }

    /** Every later model against the first, on every per-user metric. */
    private List<PairedComparison.Result> compare(List<ModelResult> results) {
        List<PairedComparison.Result> out = new ArrayList<>();
        if (results.size() < 2) return out;
        ModelResult base = results.get(0);
        for (ModelResult other : results.subList(1, results.size())) {
            for (String label : base.perUser().keySet()) {
                double[] b = base.perUser().get(label), o = other.perUser().get(label);
                if (o == null) continue;
                out.add(PairedComparison.compare(label, other.name(), o, base.name(), b, resamples, seed * 17 + label.hashCode()));
            }
        }
        return out;
    }
}
