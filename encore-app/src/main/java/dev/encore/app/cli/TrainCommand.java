package dev.encore.app.cli;

import dev.encore.app.engine.Engine;
import dev.encore.core.domain.ItemKind;
import dev.encore.ml.Params;
import dev.encore.store.EncoreStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on the store's interactions and publish it as the current model version.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})") Path data;
    @Option(names = "--algo", defaultValue = "als", description = "als, itemknn, ease, popularity, content or graph (default ${DEFAULT-VALUE})") String algo;
    @Option(names = "--params", description = "hyper-parameters, e.g. factors=64,iterations=15,alpha=10") String params;
    @Option(names = "--items", description = "what to recommend: track or artist (default: track when there are listens)") String items;

    @Override
    public Integer call() throws Exception {
        try (EncoreStore store = EncoreStore.open(data)) {
            ItemKind kind = items == null ? Engine.defaultKind(store) : ItemKind.fromWire(items);
            Engine.Trained t = Engine.trainAndPublish(store, algo.toLowerCase(Locale.ROOT), Params.parse(params), kind);
            var m = t.bundle().interactions().matrix();
            System.out.printf(Locale.ROOT, "trained %s on %,d users x %,d %ss (%,d interactions) in %.2f s%n",
                    algo, m.rows(), m.cols(), kind.wire(), m.nnz(), (Double) t.bundle().info().get("trainingSeconds"));
            System.out.println("model version: " + t.version());
        }
        return 0;
    }
}
