package dev.encore.ml.ann;

import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves and loads {@link AnnIndex}es in the shared snapshot format: manifest.json (metric, shape, parameters,
 * build time, measured recall, one entry per norm range) plus, per range i, part{i}_ids.i32 (item ids),
 * part{i}_vectors.f32, part{i}_levels.i32, part{i}_level0.i32, part{i}_count0.i32 and part{i}_upper.i32.
 */
final class AnnSnapshot {
    static final String ALGORITHM = "hnsw";
    static final int FORMAT = 1;

    private AnnSnapshot() {}

    static void write(AnnIndex index, Path dir) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", ALGORITHM);
        m.put("format", FORMAT);
        m.put("metric", index.metric().name());
        m.put("size", index.size());
        m.put("dimensions", index.dimensions());
        AnnParams p = index.params();
        m.put("params", Map.of("m", p.m(), "ef_construction", p.efConstruction(), "ef_search", p.efSearch(), "seed", p.seed(),
                "norm_ranges", p.normRanges()));
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
        List<Map<String, Object>> parts = new ArrayList<>();
        HnswPart[] ps = index.parts();
        for (int i = 0; i < ps.length; i++) {
            HnswGraph g = ps[i].graph;
            parts.add(Map.of("size", g.size, "entry_point", g.entryPoint, "max_level", g.maxLevel));
            String pre = "part" + i + "_";
            Snapshot.writeInts(dir, pre + "ids", ps[i].ids);
            Snapshot.writeFloats(dir, pre + "vectors", ps[i].vectors.data);
            Snapshot.writeInts(dir, pre + "levels", g.levels);
            Snapshot.writeInts(dir, pre + "level0", g.level0());
            Snapshot.writeInts(dir, pre + "count0", g.count0());
            Snapshot.writeInts(dir, pre + "upper", g.upperFlat());
        }
        m.put("parts", parts);
        Snapshot.writeManifest(dir, m);
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
                ((Number) pm.getOrDefault("seed", 0)).longValue(), 0, ((Number) pm.getOrDefault("norm_ranges", 0)).intValue());
        if (!(m.get("parts") instanceof List<?> partList)) throw new IOException(dir + ": manifest lacks parts");
        HnswPart[] parts = new HnswPart[partList.size()];
        int total = 0;
        for (int i = 0; i < parts.length; i++) {
            Map<String, Object> pi = (Map<String, Object>) partList.get(i);
            int n = num(pi, "size", dir);
            String pre = "part" + i + "_";
            float[] data = Snapshot.readFloats(dir, pre + "vectors");
            int[] ids = Snapshot.readInts(dir, pre + "ids");
            if (data.length != (long) n * dim || ids.length != n) {
                throw new IOException(dir + ": part " + i + " files do not match " + n + " x " + dim + " (truncated snapshot? rebuild the index)");
            }
            try {
                HnswGraph g = HnswGraph.restore(params.m(), Snapshot.readInts(dir, pre + "levels"), Snapshot.readInts(dir, pre + "level0"),
                        Snapshot.readInts(dir, pre + "count0"), Snapshot.readInts(dir, pre + "upper"), num(pi, "entry_point", dir),
                        num(pi, "max_level", dir));
                parts[i] = new HnswPart(new Vectors(data, n, dim), g, ids);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IOException(dir + ": graph files of part " + i + " are inconsistent (" + e.getMessage() + "); rebuild the index", e);
            }
            total += n;
        }
        if (total != size) throw new IOException(dir + ": parts hold " + total + " vectors, the manifest says " + size);
        AnnIndex.Recall recall = null;
        if (m.get("recall") instanceof Map<?, ?> rm) {
            recall = new AnnIndex.Recall(((Number) rm.get("k")).intValue(), ((Number) rm.get("ef_search")).intValue(),
                    ((Number) rm.get("queries")).intValue(), ((Number) rm.get("recall")).doubleValue(),
                    rm.get("p50_ms") instanceof Number a ? a.doubleValue() : Double.NaN,
                    rm.get("p99_ms") instanceof Number b ? b.doubleValue() : Double.NaN);
        }
        double build = m.get("build_seconds") instanceof Number b ? b.doubleValue() : Double.NaN;
        return new AnnIndex(AnnIndex.Metric.valueOf(String.valueOf(m.get("metric"))), params, parts, size, dim, build, recall);
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static int num(Map<String, Object> m, String key, Path dir) throws IOException {
        if (m.get(key) instanceof Number n) return n.intValue();
        throw new IOException(dir + ": manifest lacks the number '" + key + "'");
    }
}
