package dev.encore.ml.registry;

import dev.encore.ml.Model;
import dev.encore.ml.Params;
import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest fields every built-in model writes: {@code algorithm} (what {@link Recommenders#load} dispatches
 * on), {@code format}, {@code users}, {@code items} and {@code params} (exactly what was asked for), plus
 * algorithm-specific entries.
 */
public final class Manifests {
    public static final int FORMAT = 1;

    private Manifests() {}

    public static void write(Path dir, Model model, Params params, Map<String, Object> extra) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", model.algorithm());
        m.put("format", FORMAT);
        m.put("users", model.userCount());
        m.put("items", model.itemCount());
        m.put("params", new TreeMap<>(params.values()));
        m.putAll(extra);
        Snapshot.writeManifest(dir, m);
    }

    /** Reads the manifest in {@code dir}, failing clearly when it belongs to another algorithm or format. */
    public static Map<String, Object> read(Path dir, String algorithm) throws IOException {
        Map<String, Object> m = Snapshot.readManifest(dir);
        Object alg = m.get("algorithm");
        if (!algorithm.equals(alg))
            throw new IOException("snapshot " + dir + " holds a '" + alg + "' model, not '" + algorithm
                    + "'; load it with Recommenders.load(dir), which picks the algorithm from the manifest");
        Object format = m.get("format");
        if (!(format instanceof Number n) || n.intValue() != FORMAT)
            throw new IOException("snapshot " + dir + " has format " + format + "; this version reads format " + FORMAT + " (retrain the model)");
        return m;
    }

    public static int intOf(Map<String, Object> manifest, String key) throws IOException {
        return (int) longOf(manifest, key);
    }

    public static long longOf(Map<String, Object> manifest, String key) throws IOException {
        Object v = manifest.get(key);
        if (!(v instanceof Number n)) throw new IOException("manifest entry '" + key + "' is missing or not a number: " + v);
        return n.longValue();
    }

    public static String stringOf(Map<String, Object> manifest, String key) throws IOException {
        Object v = manifest.get(key);
        if (!(v instanceof String s)) throw new IOException("manifest entry '" + key + "' is missing or not text: " + v);
        return s;
    }

    /** The parameters recorded in the manifest. */
    public static Params params(Map<String, Object> manifest) {
        Object v = manifest.get("params");
        Map<String, String> p = new TreeMap<>();
        if (v instanceof Map<?, ?> map) map.forEach((k, val) -> p.put(String.valueOf(k), String.valueOf(val)));
        return new Params(p);
    }
}
