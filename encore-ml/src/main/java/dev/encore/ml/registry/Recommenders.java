package dev.encore.ml.registry;

import dev.encore.ml.Model;
import dev.encore.ml.Recommender;
import dev.encore.ml.content.ContentRecommender;
import dev.encore.ml.ease.EaseRecommender;
import dev.encore.ml.graph.GraphWalkRecommender;
import dev.encore.ml.knn.ItemKnnRecommender;
import dev.encore.ml.popularity.PopularityRecommender;
import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The algorithms by name, as used on the command line and in snapshot manifests. {@code "als"} is looked up by
 * reflection ({@code dev.encore.ml.als.AlsRecommender}, no-argument constructor) so this class builds and works
 * with or without it. Recommenders that need side data ({@code content}'s item features, {@code popularity}'s
 * countries) come back in their plain form here: enough to {@link #load} their models; construct them directly to
 * fit with side data.
 */
public final class Recommenders {
    static final String ALS_CLASS = "dev.encore.ml.als.AlsRecommender";
    private static final Map<String, Supplier<Recommender>> BUILT_IN = Map.of(
            PopularityRecommender.NAME, PopularityRecommender::new,
            ItemKnnRecommender.NAME, ItemKnnRecommender::new,
            EaseRecommender.NAME, EaseRecommender::new,
            ContentRecommender.NAME, ContentRecommender::new,
            GraphWalkRecommender.NAME, GraphWalkRecommender::new);

    private Recommenders() {}

    /** Every name {@link #byName} accepts, sorted; "als" only when its class is on the class path. */
    public static List<String> names() {
        TreeSet<String> names = new TreeSet<>(BUILT_IN.keySet());
        if (alsClass() != null) names.add("als");
        return List.copyOf(names);
    }

    public static Recommender byName(String name) {
        if (name == null) throw new IllegalArgumentException("algorithm name is null; known: " + names());
        String key = name.trim().toLowerCase(Locale.ROOT);
        Supplier<Recommender> s = BUILT_IN.get(key);
        if (s != null) return s.get();
        if (key.equals("als")) return als();
        throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + names());
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

    private static Class<?> alsClass() {
        try {
            return Class.forName(ALS_CLASS);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Recommender als() {
        Class<?> c = alsClass();
        if (c == null) throw new IllegalArgumentException("algorithm 'als' is not available in this build (" + ALS_CLASS + " not found); known: " + names());
        if (!Recommender.class.isAssignableFrom(c)) throw new IllegalStateException(ALS_CLASS + " does not implement Recommender");
        try {
            return (Recommender) c.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(ALS_CLASS + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructing " + ALS_CLASS + " failed: " + e.getCause(), e.getCause());
        }
    }
}
