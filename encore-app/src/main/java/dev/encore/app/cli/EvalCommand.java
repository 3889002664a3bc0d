package dev.encore.app.cli;

import dev.encore.app.ProgressBar;
import dev.encore.eval.data.CsvSplitReader;
import dev.encore.eval.data.HetrecLoader;
import dev.encore.eval.report.Report;
import dev.encore.eval.run.Evaluation;
import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelSpec;
import dev.encore.eval.run.Progress;
import dev.encore.eval.split.Protocols;
import dev.encore.ml.Params;
import dev.encore.ml.registry.Recommenders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Train, predict and score models under a documented protocol; writes report.md, report.json and charts.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--dataset", description = "data set directory (e.g. data/demo/hetrec2011-lastfm-2k)") Path dataset;
    @Option(names = "--format", defaultValue = "hetrec", description = "hetrec for --dataset; csv for --train/--test (default ${DEFAULT-VALUE})") String format;
    @Option(names = "--train", description = "a fixed train split (CSV: user,item[,weight][,timestamp])") Path train;
    @Option(names = "--test", description = "the fixed test split matching --train") Path test;
    @Option(names = "--protocol", defaultValue = "holdout:0.2", description = Protocols.FORMS + " (default ${DEFAULT-VALUE})") String protocol;
    @Option(names = "--models", defaultValue = "als,itemknn,ease,popularity", split = ",", description = "algorithms to compare (default ${DEFAULT-VALUE})") List<String> models;
    @Option(names = "--params", description = "per-model parameters: 'als:factors=128,alpha=20;ease:lambda=300'") String params;
    @Option(names = "--k", defaultValue = "10,20", split = ",", description = "cut-offs (default ${DEFAULT-VALUE})") int[] ks;
    @Option(names = "--seed", defaultValue = "42", description = "seed of the split, models and bootstrap (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--threads", defaultValue = "0", description = "threads, 0 = all cores") int threads;
    @Option(names = "--out", required = true, description = "report directory") Path out;

    @Override
    public Integer call() throws Exception {
        Evaluation ev = new Evaluation().ks(ks).seed(seed).progress(progressBars());
        if (threads > 0) ev.threads(threads);
        if (train != null || test != null) {
            if (train == null || test == null) throw new IllegalArgumentException("give both --train and --test");
            if (!format.equals("csv")) throw new IllegalArgumentException("--train/--test read CSV; use --format csv");
            ev.split(CsvSplitReader.read(train, test).split());
        } else {
            if (dataset == null) throw new IllegalArgumentException("give --dataset DIR (or --train FILE --test FILE)");
            if (!format.equals("hetrec")) throw new IllegalArgumentException("--dataset supports --format hetrec; other data: export a split and use --train/--test");
            if (!Files.isDirectory(dataset)) throw new IllegalArgumentException("no data set directory at " + dataset);
            HetrecLoader.Data d = HetrecLoader.load(dataset);
            ev.data(d.log(), Protocols.parse(protocol)).metadata(d.metadata());
        }
        Map<String, Params> perModel = parsePerModel(params);
        List<ModelSpec> specs = new ArrayList<>();
        for (String m : models) specs.add(new ModelSpec(m, Recommenders.byName(m), perModel.getOrDefault(m, Params.empty())));
        EvaluationResult result = ev.models(specs).run();
        List<Path> files = Report.write(result, out);
        System.out.println(Files.readString(out.resolve("report.md")));
        System.out.println("wrote " + files.size() + " files to " + out);
        return 0;
    }

    static Map<String, Params> parsePerModel(String spec) {
        Map<String, Params> out = new HashMap<>();
        if (spec == null || spec.isBlank()) return out;
        for (String part : spec.split(";")) {
            int colon = part.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("--params part '" + part + "' is not model:name=value,… (e.g. als:factors=128)");
            out.put(part.substring(0, colon).trim(), Params.parse(part.substring(colon + 1)));
        }
        return out;
    }

    /** One progress bar per stage, replaced when the stage changes. */
    static Progress progressBars() {
        return new Progress() {
            private String stage;
            private ProgressBar bar;

            @Override
            public synchronized void update(String s, long done, long total) {
                if (!s.equals(stage)) {
                    if (bar != null) bar.close();
                    stage = s;
                    bar = new ProgressBar(s.length() > 12 ? s.substring(0, 12) : s, Math.max(1, total));
                }
                bar.set(done);
            }
        };
    }
}
