package dev.encore.app.engine;

import dev.encore.core.matrix.Interactions;
import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.Recommender;
import dev.encore.ml.content.ContentRecommender;
import dev.encore.ml.content.ItemFeatures;
import dev.encore.ml.registry.Recommenders;
import dev.encore.ml.serving.ModelBundle;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Trains one algorithm on a user × item matrix and packs the result for serving. */
public final class Training {
    private Training() {}

    /**
     * @param features item side data for the content model (called only when {@code algo} is "content")
     */
    public static ModelBundle train(Interactions x, String algo, Params params, String itemKind,
                                    Function<Interactions, ItemFeatures> features) {
        Recommender r = algo.equals("content") ? new ContentRecommender(features.apply(x)) : Recommenders.byName(algo);
        long t0 = System.nanoTime();
        Model model = r.fit(x.matrix(), params);
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("itemKind", itemKind);
        info.put("params", params.values());
        info.put("trainedAt", Instant.now().toString());
        info.put("trainingSeconds", secs);
        long c0 = System.nanoTime();
        info.put("metrics", HoldoutCheck.measure(x.matrix(), r, params, params.getLong("seed", 42),
                Math.max(1, params.getInt("threads", Runtime.getRuntime().availableProcessors()))));
        info.put("metricsProtocol", HoldoutCheck.PROTOCOL);
        info.put("metricsSeconds", (System.nanoTime() - c0) / 1e9);
        return new ModelBundle(x, model, info);
    }
}
