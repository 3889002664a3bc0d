package dev.encore.eval.tune;

import dev.encore.eval.data.InteractionLog;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.Evaluation;
import dev.encore.eval.run.ItemMetadata;
import dev.encore.eval.run.ModelSpec;
import dev.encore.eval.run.Progress;
import dev.encore.eval.split.Split;
import dev.encore.eval.split.Splitter;
import dev.encore.eval.stats.Bootstrap;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Random search (Bergstra &amp; Bengio, JMLR 2012): draw {@code trials} points of a {@link SearchSpace}, score each
 * by training on the validation split's train part and measuring {@code target} (e.g. "ndcg@10") on its held-out
 * part, keep the best (earliest on ties), then run one final evaluation of the best point on the real train/test
 * split. The test part is never seen while searching. Seeded: same seed, same trials, same winner.
 */
public final class Tuner {
    public record Trial(int index, Params params, double score, double seconds) {}

    public record Result(String target, SearchSpace space, List<Trial> trials, Trial best, EvaluationResult finalRun) {}

    private final String name;
    private final Recommender recommender;
    private final SearchSpace space;
    private Params base = Params.empty();
    private int trials = 20;
    private String target = "ndcg@10";
    private long seed = 42;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private ItemMetadata meta = ItemMetadata.NONE;
    private Progress progress = Progress.NONE;

    public Tuner(String name, Recommender recommender, SearchSpace space) {
        this.name = name;
        this.recommender = Objects.requireNonNull(recommender, "recommender");
        this.space = Objects.requireNonNull(space, "space");
    }

    /** Fixed parameters every trial starts from (the space overrides them). */
    public Tuner base(Params base) { this.base = Objects.requireNonNull(base); return this; }

    public Tuner trials(int trials) {
        if (trials < 1) throw new IllegalArgumentException("tuning needs >= 1 trial, got " + trials);
        this.trials = trials;
        return this;
    }

    /** The metric label to maximise, with its K ("ndcg@10", "recall@20", "rprecision"). */
    public Tuner target(String label) { this.target = Objects.requireNonNull(label); return this; }

    public Tuner seed(long seed) { this.seed = seed; return this; }

    public Tuner threads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.threads = threads;
        return this;
    }

    public Tuner metadata(ItemMetadata meta) { this.meta = Objects.requireNonNull(meta); return this; }

    public Tuner progress(Progress progress) { this.progress = Objects.requireNonNull(progress); return this; }

    /** Splits {@code log} with {@code splitter}, carves validation from its train part with the same splitter. */
    public Result run(InteractionLog log, Splitter splitter, int... ks) {
        return run(splitter.split(log, seed), splitter, ks);
    }

    /** Tunes on a validation split carved from {@code split.train()} by {@code validation}; tests once on {@code split}. */
    public Result run(Split split, Splitter validation, int... ks) {
        int k = targetK();
        Split val = validation.validation(split, seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Trial> done = new ArrayList<>();
        Trial best = null;
        for (int t = 0; t < trials; t++) {
            progress.update("tune " + name, t, trials);
            Params p = space.sample(rnd, base);
            long t0 = System.nanoTime();
            EvaluationResult r = new Evaluation().split(val).seed(seed).ks(k).threads(threads).bootstrapResamples(1)
                    .model(new ModelSpec(name, recommender, p)).run();
            Trial trial = new Trial(t, p, r.models().get(0).metric(target).value(), (System.nanoTime() - t0) / 1e9);
            done.add(trial);
            if (best == null || trial.score() > best.score() || Double.isNaN(best.score())) best = trial;
        }
        progress.update("tune " + name, trials, trials);
        EvaluationResult fin = new Evaluation().split(split).seed(seed).ks(withK(ks, k)).threads(threads)
                .bootstrapResamples(Bootstrap.DEFAULT_RESAMPLES).metadata(meta).progress(progress)
                .model(new ModelSpec(name, recommender, best.params())).run();
        return new Result(target, space, List.copyOf(done), best, fin);
    }

    /** The final run's cut-offs: those asked for plus the target's, so the tuned metric is always reported. */
    private static int[] withK(int[] ks, int k) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(ks), java.util.stream.IntStream.of(k)).distinct().sorted().toArray();
    }

    private int targetK() {
        int at = target.indexOf('@');
        if (at < 0) return 10; // K-free target (rprecision): any list depth serves
        try {
            return Integer.parseInt(target.substring(at + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tuning target '" + target + "' must look like ndcg@10");
        }
    }
}
