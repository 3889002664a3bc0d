package dev.encore.ml.ann;

import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves and loads {@link AnnIndex}es in the shared snapshot format: manifest.json (metric, shape, parameters,
 * build time, measured recall) plus vectors.f32, levels.i32, level0.i32, count0.i32 and upper.i32.
 */
final class AnnSnapshot {
    static final String ALGORITHM = "hnsw";
    static final int FORMAT = 1;

    private AnnSnapshot() {}

    static void write(AnnIndex index, Path dir) throws IOException {
        Vectors v = index.vectors();
        HnswGraph g = index.graph();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", ALGORITHM);
        m.put("format", FORMAT);
        m.put("metric", index.metric().name());
        m.put("size", v.size);
        m.put("dimensions", v.dim);
        AnnParams p = index.params();
        m.put("params", Map.of("m", p.m(), "ef_construction", p.efConstruction(), "ef_search", p.efSearch(), "seed", p.seed()));
        m.put("entry_point", g.entryPoint);
        m.put("max_level", g.maxLevel);
        m.put("build_seconds", index.buildSeconds());
        AnnIndex.Recall r = index.recall();
        if (r != null) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("k", r.k());
            rm.put("ef_search", r.efSearch());
            rm.put("queries", r.queries());
            rm.put("recall", r.recall());
            rm.put("p50_ms", finite(r.p50Millis()));
            rm.put("p99_ms", finite(r.p99Millis()));
            m.put("recall", rm);
        }
        Snapshot.writeManifest(dir, m);
        Snapshot.writeFloats(dir, "vectors", v.data);
        Snapshot.writeInts(dir, "levels", g.levels);
        Snapshot.writeInts(dir, "level0", g.level0());
        Snapshot.writeInts(dir, "count0", g.count0());
        Snapshot.writeInts(dir, "upper", g.upperFlat());
    }

    @SuppressWarnings("unchecked")
    static AnnIndex read(Path dir) throws IOException {
        Map<String, Object> m = Snapshot.readManifest(dir);
        if (!ALGORITHM.equals(m.get("algorithm"))) throw new IOException(dir + " holds '" + m.get("algorithm") + "', not an HNSW index");
        if (!(m.get("format") instanceof Number f) || f.intValue() != FORMAT) throw new IOException(dir + ": unsupported HNSW snapshot format " + m.get("format"));
        int size = num(m, "size", dir), dim = num(m, "dimensions", dir);
        Map<String, Object> pm = (Map<String, Object>) m.get("params");
        if (pm == null) throw new IOException(dir + ": manifest lacks params");
        AnnParams params = new AnnParams(num(pm, "m", dir), num(pm, "ef_construction", dir), num(pm, "ef_search", dir),
                ((Number) pm.getOrDefault("seed", 0)).longValue(), 0);
        float[] data = Snapshot.readFloats(dir, "vectors");
        if (data.length != (long) size * dim) {
            throw new IOException(dir + ": vector files do not match " + size + " x " + dim + " (truncated snapshot? rebuild the index)");
        }
        HnswGraph g;
        try {
            g = HnswGraph.restore(params.m(), Snapshot.readInts(dir, "levels"), Snapshot.readInts(dir, "level0"),
                    Snapshot.readInts(dir, "count0"), Snapshot.readInts(dir, "upper"), num(m, "entry_point", dir), num(m, "max_level", dir));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(dir + ": graph files are inconsistent (" + e.getMessage() + "); rebuild the index", e);
        }
        AnnIndex.Recall recall = null;
        if (m.get("recall") instanceof Map<?, ?> rm) {
            recall = new AnnIndex.Recall(((Number) rm.get("k")).intValue(), ((Number) rm.get("ef_search")).intValue(),
                    ((Number) rm.get("queries")).intValue(), ((Number) rm.get("recall")).doubleValue(),
                    rm.get("p50_ms") instanceof Number a ? a.doubleValue() : Double.NaN,
                    rm.get("p99_ms") instanceof Number b ? b.doubleValue() : Double.NaN);
        }
        double build = m.get("build_seconds") instanceof Number b ? b.doubleValue() : Double.NaN;
        return new AnnIndex(AnnIndex.Metric.valueOf(String.valueOf(m.get("metric"))), params,
                new Vectors(data, size, dim), g, build, recall);
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static int num(Map<String, Object> m, String key, Path dir) throws IOException {
        if (m.get(key) instanceof Number n) return n.intValue();
        throw new IOException(dir + ": manifest lacks the number '" + key + "'");
    }
}
