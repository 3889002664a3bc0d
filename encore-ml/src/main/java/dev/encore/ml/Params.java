package dev.encore.ml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hyper-parameters as name=value strings (as given on the command line or in a manifest), read with typed
 * getters that take the default. Unknown names are kept, so manifests record exactly what was asked for.
 */
public record Params(Map<String, String> values) {
    public Params {
        values = Map.copyOf(values);
    }

    public static Params empty() {
        return new Params(Map.of());
    }

    /** Parses "factors=64,reg=0.01". */
    public static Params parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("parameter '" + part + "' is not name=value (e.g. factors=64)");
                m.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new Params(m);
    }

    public Params with(String name, Object value) {
        Map<String, String> m = new TreeMap<>(values);
        m.put(name, String.valueOf(value));
        return new Params(m);
    }

    public int getInt(String name, int def) {
        String v = values.get(name);
        try {
            return v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + "='" + v + "' is not an integer");
        }
    }

    public double getDouble(String name, double def) {
        String v = values.get(name);
        try {
            return v == null ? def : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + "='" + v + "' is not a number");
        }
    }

    public long getLong(String name, long def) {
        String v = values.get(name);
        try {
            return v == null ? def : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + "='" + v + "' is not an integer");
        }
    }

    public String getString(String name, String def) {
        return values.getOrDefault(name, def);
    }

    public boolean getBoolean(String name, boolean def) {
        String v = values.get(name);
        return v == null ? def : Boolean.parseBoolean(v);
    }
}
