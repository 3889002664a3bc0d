package dev.encore.app.cli;

import dev.encore.app.demo.DemoData;
import dev.encore.app.demo.DemoPreparation;
import dev.encore.app.engine.Engine;
import dev.encore.core.domain.ItemKind;
import dev.encore.ml.Params;
import dev.encore.ml.serving.ModelBundle;
import dev.encore.store.EncoreStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a data directory from the bundled demo data, train, show recommendations and serve.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})") Path data;
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})") int port;
    @Option(names = "--prepare-only", description = "stop after import and training, before serving") boolean prepareOnly;

    @Override
    public Integer call() throws Exception {
        System.out.println(DemoData.notice());
        long t0 = System.nanoTime();
        ModelBundle bundle;
        String sampleUser;
        try (EncoreStore store = EncoreStore.open(data)) {
            if (DemoPreparation.prepared(store)) {
                System.out.println("demo data already in " + data + " (delete the folder to start over)");
            } else {
                DemoPreparation.prepare(store, System.out);
            }
            var pools = dev.encore.server.editorial.EditorialSeeder.seed(store, dev.encore.server.editorial.EditorialSeeder.DEMO, java.time.Instant.now());
            if (!pools.isEmpty()) System.out.println("editorial pools seeded: " + String.join(", ", pools));
            var existing = Engine.current(data);
            if (existing.isPresent()) {
                bundle = existing.get();
            } else {
                Engine.Trained t = Engine.trainAndPublish(store, "als", Params.empty(), ItemKind.TRACK);
                System.out.printf(Locale.ROOT, "trained als in %.1f s: model version %s%n", (Double) t.bundle().info().get("trainingSeconds"), t.version());
                bundle = t.bundle();
            }
            sampleUser = sampleUser(bundle);
            System.out.println();
            RecommendCommand.print(System.out, store, bundle, sampleUser, 10);
        }
        System.out.printf(Locale.ROOT, "%nready in %.1f s. Try: ./encore recommend --data %s --user %s%n", (System.nanoTime() - t0) / 1e9, data, sampleUser);
        if (prepareOnly) return 0;
        return ServeCommand.serve(data, port, 0, 2000, true);
    }

    /** The listener with the most interactions: the richest example to show. */
    static String sampleUser(ModelBundle bundle) {
        var m = bundle.interactions().matrix();
        int best = 0;
        for (int u = 1; u < m.rows(); u++) if (m.rowNnz(u) > m.rowNnz(best)) best = u;
        return bundle.interactions().users().id(best);
    }
}
