package dev.encore.eval.report;

import dev.encore.eval.run.EvaluationResult;
import dev.encore.eval.run.ModelResult;
import dev.encore.eval.stats.Estimate;
import dev.encore.eval.stats.PairedComparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The human-readable report: one table per K (value [95% CI]), R-precision, timings, and paired comparisons. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(EvaluationResult r) {
        StringBuilder b = new StringBuilder();
        b.append("# Evaluation report\n\n");
        b.append("- protocol: `").append(r.protocol()).append("` ").append(r.settings()).append('\n');
        b.append("- seed: ").append(r.seed()).append('\n');
        b.append("- data: ").append(r.users()).append(" users × ").append(r.items()).append(" items, ")
                .append(r.trainInteractions()).append(" train / ").append(r.testInteractions()).append(" test interactions\n");
        b.append("- data fingerprint: `").append(r.fingerprint()).append("`\n");
        b.append("- evaluated users: ").append(r.testUsers().length).append(" (skipped, no held-out items: ")
                .append(r.skippedUsers()).append(")\n");
        b.append("- intervals: 95% percentile bootstrap over users, ").append(r.bootstrapResamples()).append(" resamples\n\n");
        for (int k : r.ks()) {
            b.append("## K = ").append(k).append("\n\n");
            table(b, r, labelsAt(r, "@" + k));
        }
        b.append("## K-free\n\n");
        table(b, r, List.of("rprecision"));
        b.append("## Timings\n\n| model | algorithm | params | fit s | recommend s |\n|---|---|---|---:|---:|\n");
        for (ModelResult m : r.models())
            b.append("| ").append(m.name()).append(" | ").append(m.algorithm()).append(" | `").append(m.params())
                    .append("` | ").append(fmt(m.fitSeconds())).append(" | ").append(fmt(m.recommendSeconds())).append(" |\n");
        if (!r.comparisons().isEmpty()) {
            b.append("\n## Paired comparisons (against ").append(r.models().get(0).name()).append(")\n\n");
            b.append("Difference a − b over the same users; p from the paired bootstrap and from the paired t-test (two-sided).\n\n");
            b.append("| metric | a | b | users | mean diff [95% CI] | bootstrap p | t | t-test p |\n|---|---|---|---:|---|---:|---:|---:|\n");
            for (PairedComparison.Result c : r.comparisons())
                b.append("| ").append(c.metric()).append(" | ").append(c.a()).append(" | ").append(c.b()).append(" | ").append(c.n())
                        .append(" | ").append(fmt(c.meanDiff())).append(" [").append(fmt(c.lo())).append(", ").append(fmt(c.hi()))
                        .append("] | ").append(fmt(c.bootstrapP())).append(" | ").append(fmt(c.t())).append(" | ")
                        .append(fmt(c.tTestP())).append(" |\n");
        }
        return b.toString();
    }

    private static List<String> labelsAt(EvaluationResult r, String suffix) {
        Set<String> labels = new LinkedHashSet<>();
        for (ModelResult m : r.models())
            for (String l : m.metrics().keySet()) if (l.endsWith(suffix)) labels.add(l);
        return new ArrayList<>(labels);
    }

    private static void table(StringBuilder b, EvaluationResult r, List<String> labels) {
        b.append("| model |");
        for (String l : labels) b.append(' ').append(l).append(" |");
        b.append("\n|---|");
        b.append("---|".repeat(labels.size()));
        b.append('\n');
        for (ModelResult m : r.models()) {
            b.append("| ").append(m.name()).append(" |");
            for (String l : labels) {
                Estimate e = m.metrics().get(l);
                b.append(' ').append(e == null ? "–" : fmt(e.value()) + " [" + fmt(e.lo()) + ", " + fmt(e.hi()) + "]").append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a != 0 && (a < 1e-3 || a >= 1e5) ? "%.3e" : "%.4f", v);
    }
}
