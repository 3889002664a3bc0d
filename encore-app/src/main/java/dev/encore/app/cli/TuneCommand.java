package dev.encore.app.cli;

import dev.encore.eval.data.CsvSplitReader;
import dev.encore.eval.data.HetrecLoader;
import dev.encore.eval.report.TuningReport;
import dev.encore.eval.split.Protocols;
import dev.encore.eval.split.Split;
import dev.encore.eval.split.Splitter;
import dev.encore.eval.tune.SearchSpace;
import dev.encore.eval.tune.Tuner;
import dev.encore.ml.Params;
import dev.encore.ml.registry.Recommenders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Random search of a model's parameters on a validation split carved from train, then one final test run "
                + "of the winner; writes tuning.csv, tuning_curve.png and the final report.")
public final class TuneCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "algorithm to tune, e.g. als") String model;
    @Option(names = "--space", required = true,
            description = "search space, e.g. 'factors=32..256,regularization=1e-3..1(log),alpha=1..100(log)' or 'weighting=cosine/bm25'")
    String space;
    @Option(names = "--trials", defaultValue = "20", description = "random trials (default ${DEFAULT-VALUE})") int trials;
    @Option(names = "--target", defaultValue = "ndcg@10", description = "metric to maximise on validation (default ${DEFAULT-VALUE})") String target;
    @Option(names = "--base", description = "fixed parameters every trial starts from, e.g. 'iterations=15,min_users=3'") String base;
    @Option(names = "--dataset", description = "data set directory (e.g. data/demo/hetrec2011-lastfm-2k)") Path dataset;
    @Option(names = "--format", defaultValue = "hetrec", description = "hetrec for --dataset; csv for --train/--test (default ${DEFAULT-VALUE})") String format;
    @Option(names = "--train", description = "a fixed train split (CSV: user,item[,weight][,timestamp]); validation is carved from it") Path train;
    @Option(names = "--test", description = "the fixed test split matching --train") Path test;
    @Option(names = "--protocol", defaultValue = "holdout:0.2",
            description = Protocols.FORMS + " (default ${DEFAULT-VALUE}); with --train/--test it carves the validation split")
    String protocol;
    @Option(names = "--k", defaultValue = "10,20", split = ",", description = "cut-offs of the final test run (default ${DEFAULT-VALUE})") int[] ks;
    @Option(names = "--seed", defaultValue = "42", description = "seed of the split, the search and the bootstrap (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--threads", defaultValue = "0", description = "threads, 0 = all cores") int threads;
    @Option(names = "--out", required = true, description = "report directory") Path out;

    @Override
    public Integer call() throws Exception {
        Tuner tuner = new Tuner(model, Recommenders.byName(model), SearchSpace.parse(space))
                .trials(trials).target(target).seed(seed).progress(EvalCommand.progressBars());
        if (base != null) tuner.base(Params.parse(base));
        if (threads > 0) tuner.threads(threads);
        Splitter splitter = Protocols.parse(protocol);
        Tuner.Result r;
        if (train != null || test != null) {
            if (train == null || test == null) throw new IllegalArgumentException("give both --train and --test");
            if (!format.equals("csv")) throw new IllegalArgumentException("--train/--test read CSV; use --format csv");
            Split fixed = CsvSplitReader.read(train, test).split();
            r = tuner.run(fixed, splitter, ks);
        } else {
            if (dataset == null) throw new IllegalArgumentException("give --dataset DIR (or --train FILE --test FILE)");
            if (!format.equals("hetrec")) throw new IllegalArgumentException("--dataset supports --format hetrec; other data: export a split and use --train/--test");
            if (!Files.isDirectory(dataset)) throw new IllegalArgumentException("no data set directory at " + dataset);
            HetrecLoader.Data d = HetrecLoader.load(dataset);
            r = tuner.metadata(d.metadata()).run(d.log(), splitter, ks);
        }
        List<Path> files = TuningReport.write(r, out);
        var tested = r.finalRun().models().get(0).metric(target);
        System.out.println("| trial | validation " + target + " | seconds | params |");
        System.out.println("|---|---|---|---|");
        for (Tuner.Trial t : r.trials()) {
            System.out.printf(Locale.ROOT, "| %d%s | %.4f | %.1f | %s |%n", t.index(), t == r.best() ? " (best)" : "", t.score(), t.seconds(),
                    TuningReport.format(t.params()));
        }
        System.out.println();
        System.out.println("best: " + TuningReport.format(r.best().params()));
        System.out.printf(Locale.ROOT, "test %s with the best params: %.4f%n", target, tested.value());
        System.out.println("wrote " + files.size() + " files to " + out);
        return 0;
    }
}
