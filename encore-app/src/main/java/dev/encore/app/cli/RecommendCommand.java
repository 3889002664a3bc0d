package dev.encore.app.cli;

import dev.encore.app.engine.CatalogNames;
import dev.encore.app.engine.Engine;
import dev.encore.app.engine.Recommendation;
import dev.encore.app.engine.Recommending;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.store.EncoreStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Print a listener's recommendations from the current model, each with its reason.")
public final class RecommendCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})") Path data;
    @Option(names = "--user", required = true, description = "the listener's id") String user;
    @Option(names = "--k", defaultValue = "20", description = "how many (default ${DEFAULT-VALUE})") int k;

    @Override
    public Integer call() throws Exception {
        ModelBundle bundle = Engine.current(data)
                .orElseThrow(() -> new IllegalArgumentException("no trained model in " + data + "; run 'encore train --data " + data + "' first"));
        try (EncoreStore store = EncoreStore.open(data)) {
            print(System.out, store, bundle, user, k);
        }
        return 0;
    }

    /** Prints numbered recommendations with "because you played …" reasons. */
    public static void print(PrintStream out, EncoreStore store, ModelBundle bundle, String user, int k) {
        List<Recommendation> recs = Recommending.forUser(bundle, user, k, List.of());
        List<String> ids = new ArrayList<>();
        for (Recommendation r : recs) {
            ids.add(r.itemId());
            ids.addAll(r.because());
        }
        Map<String, String> names = new CatalogNames(store.catalog(), CatalogNames.kindOf(bundle.info())).names(ids);
        out.printf("Recommendations for %s (model %s):%n", user, bundle.model().algorithm());
        int n = 1;
        for (Recommendation r : recs) {
            String why = r.because().isEmpty() ? "popular with listeners like you"
                    : "because you played " + String.join(", ", r.because().stream().limit(2).map(names::get).toList());
            out.printf(Locale.ROOT, "%2d. %s  [%s %.3f; %s]%n", n++, names.get(r.itemId()), r.source(), r.score(), why);
        }
    }
}
