package dev.encore.ml.als;

import dev.encore.ml.snapshot.Snapshot;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves and loads {@link AlsModel}s in the shared snapshot format: manifest.json (algorithm, format, params, shapes,
 * training loss and timings) plus user_factors.f32, item_factors.f32 and user_fingerprints.i32.
 */
final class AlsSnapshot {
    static final int FORMAT = 1;

    private AlsSnapshot() {}

    static void write(AlsModel model, Path dir) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("algorithm", AlsModel.ALGORITHM);
        manifest.put("format", FORMAT);
        manifest.put("params", model.params().toMap());
        manifest.put("users", model.userCount());
        manifest.put("items", model.itemCount());
        manifest.put("factors", model.factors());
        TrainingLog t = model.training();
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("seconds", t.totalSeconds());
        training.put("setup_seconds", t.setupSeconds());
        training.put("iteration_seconds", list(t.iterationSeconds()));
        training.put("loss", list(t.loss()));
        training.put("threads", t.threads());
        training.put("kernels", t.kernels());
        manifest.put("training", training);
        Snapshot.writeManifest(dir, manifest);
        Snapshot.writeFloats(dir, "user_factors", model.userRows().toArray());
        Snapshot.writeFloats(dir, "item_factors", model.itemFactors());
        Snapshot.writeInts(dir, "user_fingerprints", model.fingerprints());
    }

    @SuppressWarnings("unchecked")
    static AlsModel read(Path dir, boolean mapUsers) throws IOException {
        Map<String, Object> m = Snapshot.readManifest(dir);
        if (!AlsModel.ALGORITHM.equals(m.get("algorithm"))) {
            throw new IOException(dir + " holds a '" + m.get("algorithm") + "' model, not 'als'");
        }
        int format = number(m, "format", dir).intValue();
        if (format != FORMAT) throw new IOException(dir + ": ALS snapshot format " + format + " is not supported (expected " + FORMAT + ")");
        int users = number(m, "users", dir).intValue(), items = number(m, "items", dir).intValue();
        Map<String, String> ps = new LinkedHashMap<>();
        ((Map<String, Object>) m.getOrDefault("params", Map.of())).forEach((k, v) -> ps.put(k, String.valueOf(v)));
        AlsParams params = AlsParams.from(new dev.encore.ml.Params(ps));
        int f = params.factors();
        if (number(m, "factors", dir).intValue() != f) throw new IOException(dir + ": manifest factors and params.factors disagree");
        Map<String, Object> t = (Map<String, Object>) m.getOrDefault("training", Map.of());
        TrainingLog log = new TrainingLog(doubles(t.get("loss")), doubles(t.get("iteration_seconds")),
                t.get("setup_seconds") instanceof Number n ? n.doubleValue() : Double.NaN,
                t.get("seconds") instanceof Number n ? n.doubleValue() : Double.NaN,
                t.get("threads") instanceof Number n ? n.intValue() : 0, String.valueOf(t.getOrDefault("kernels", "")));
        UserRows rows;
        if (mapUsers) {
            FloatBuffer buf = Snapshot.mapFloats(dir, "user_factors");
            checkSize(dir, "user_factors", buf.remaining(), (long) users * f);
            rows = new UserRows.Mapped(buf, users, f);
        } else {
            float[] x = Snapshot.readFloats(dir, "user_factors");
            checkSize(dir, "user_factors", x.length, (long) users * f);
            rows = new UserRows.Heap(x, users, f);
        }
        float[] y = Snapshot.readFloats(dir, "item_factors");
        checkSize(dir, "item_factors", y.length, (long) items * f);
        int[] fp = Snapshot.readInts(dir, "user_fingerprints");
        checkSize(dir, "user_fingerprints", fp.length, users);
        return new AlsModel(params, users, items, rows, y, fp, log);
    }

    private static Number number(Map<String, Object> m, String key, Path dir) throws IOException {
        if (m.get(key) instanceof Number n) return n;
        throw new IOException(dir + ": manifest lacks the number '" + key + "'");
    }

    private static void checkSize(Path dir, String name, long actual, long expected) throws IOException {
        if (actual != expected) {
            throw new IOException(dir + ": " + name + " has " + actual + " values, the manifest shape needs " + expected
                    + " (truncated or mismatched snapshot; save the model again)");
        }
    }

    /** JSON has no NaN: not-computed values are written as null. */
    private static List<Object> list(double[] a) {
        List<Object> out = new ArrayList<>(a.length);
        for (double v : a) out.add(Double.isFinite(v) ? v : null);
        return out;
    }

    private static double[] doubles(Object o) {
        if (!(o instanceof List<?> l)) return new double[0];
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = l.get(i) instanceof Number n ? n.doubleValue() : Double.NaN;
        return out;
    }
}
