package dev.encore.eval.tune;

import dev.encore.ml.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A hyper-parameter search space parsed from {@code "factors=32..256,reg=1e-3..1(log),alpha=1.0..100,solver=cg|cholesky"}:
 * {@code lo..hi} samples uniformly (integers when both bounds are integers), {@code (log)} samples log-uniformly
 * (Bergstra &amp; Bengio, "Random search for hyper-parameter optimization", JMLR 2012, recommend it for scales
 * like regularisation), and {@code a|b|c} picks one of the choices.
 */
public final class SearchSpace {
    private sealed interface Dim permits Range, Choice {}

    private record Range(String name, double lo, double hi, boolean integer, boolean log) implements Dim {}

    private record Choice(String name, List<String> options) implements Dim {}

    private final List<Dim> dims;
    private final String spec;

    private SearchSpace(List<Dim> dims, String spec) {
        this.dims = dims;
        this.spec = spec;
    }

    public static SearchSpace parse(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("empty search space; e.g. factors=32..256,reg=1e-3..1(log)");
        List<Dim> dims = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("search dimension '" + p + "' is not name=lo..hi, name=lo..hi(log) or name=a|b");
            String name = p.substring(0, eq).trim(), body = p.substring(eq + 1).trim();
            if (body.contains("..")) {
                boolean log = body.endsWith("(log)");
                if (log) body = body.substring(0, body.length() - 5).trim();
                String[] b = body.split("\\.\\.", -1);
                if (b.length != 2) throw new IllegalArgumentException("range of '" + name + "' must be lo..hi, got '" + body + "'");
                double lo = number(name, b[0]), hi = number(name, b[1]);
                if (!(lo <= hi)) throw new IllegalArgumentException("range of '" + name + "' has lo " + lo + " > hi " + hi);
                if (log && lo <= 0) throw new IllegalArgumentException("log range of '" + name + "' must be > 0, got lo " + lo);
                dims.add(new Range(name, lo, hi, isInt(b[0]) && isInt(b[1]), log));
            } else if (body.contains("|")) {
                dims.add(new Choice(name, List.of(body.split("\\|"))));
            } else {
                dims.add(new Choice(name, List.of(body))); // a fixed value
            }
        }
        return new SearchSpace(List.copyOf(dims), spec.trim());
    }

    /** One random point; every value is formatted so {@link Params} reads it back exactly. */
    public Params sample(SplittableRandom rnd, Params base) {
        Params p = base;
        for (Dim d : dims) {
            if (d instanceof Range r) {
                double u = rnd.nextDouble();
                double v = r.log ? Math.exp(Math.log(r.lo) + u * (Math.log(r.hi) - Math.log(r.lo))) : r.lo + u * (r.hi - r.lo);
                p = p.with(r.name, r.integer ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.6g", v));
            } else {
                Choice c = (Choice) d;
                p = p.with(c.name, c.options.get(rnd.nextInt(c.options.size())).trim());
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return spec;
    }

    private static double number(String name, String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bound '" + s + "' of '" + name + "' is not a number");
        }
    }

    private static boolean isInt(String s) {
        return s.trim().matches("-?\\d+");
    }
}
