package dev.encore.ml.registry;

import dev.encore.ml.Model;
import dev.encore.ml.als.AlsModel;
import dev.encore.ml.als.AlsRecommender;
import dev.encore.ml.Recommender;
import dev.encore.ml.content.ContentRecommender;
import dev.encore.ml.ease.EaseRecommender;
import dev.encore.ml.graph.GraphWalkRecommender;
import dev.encore.ml.knn.ItemKnnRecommender;
import dev.encore.ml.popularity.PopularityRecommender;
import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The algorithms by name, as used on the command line and in snapshot manifests. Recommenders that need side data
 * ({@code content}'s item features, {@code popularity}'s countries) come back in their plain form here: enough to
 * {@link #load} their models; construct them directly to fit with side data.
 */
public final class Recommenders {
    private static final Map<String, Supplier<Recommender>> BUILT_IN = Map.of(
            AlsModel.ALGORITHM, AlsRecommender::new,
            PopularityRecommender.NAME, PopularityRecommender::new,
            ItemKnnRecommender.NAME, ItemKnnRecommender::new,
            EaseRecommender.NAME, EaseRecommender::new,
            ContentRecommender.NAME, ContentRecommender::new,
            GraphWalkRecommender.NAME, GraphWalkRecommender::new);

    private Recommenders() {}

    /** Every name {@link #byName} accepts, sorted. */
    public static List<String> names() {
        return List.copyOf(new TreeSet<>(BUILT_IN.keySet()));
    }

    public static Recommender byName(String name) {
        if (name == null) throw new IllegalArgumentException("algorithm name is null; known: " + names());
        Supplier<Recommender> s = BUILT_IN.get(name.trim().toLowerCase(Locale.ROOT));
        if (s == null) throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + names());
        return s.get();
    }

    /** Loads the model in {@code dir}, choosing the algorithm from its manifest's {@code algorithm} entry. */
    public static Model load(Path dir) throws IOException {
        Object alg = Snapshot.readManifest(dir).get("algorithm");
        if (!(alg instanceof String name))
            throw new IOException("manifest in " + dir + " names no algorithm (entry 'algorithm' is " + alg + ")");
        Recommender r;
        try {
            r = byName(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("snapshot " + dir + " was written by algorithm '" + name + "', which this build does not have; known: " + names(), e);
        }
        return r.load(dir);
    }
}
