package dev.encore.products.promotion.sim;

import dev.encore.products.promotion.Estimate;

import java.util.List;
import java.util.Locale;

/**
 * What a simulation found: satisfaction of exposed (treatment) listeners with and without promotion, every
 * constraint violation the auditor saw (must be none), and per campaign its delivery, fairness and measured lift.
 */
public record SimResult(SimSpec spec, Satisfaction withPromotion, Satisfaction withoutPromotion, List<String> violations,
                        List<CampaignRow> campaigns, double impressionGini, double fillRateGini, String globalStop) {

    /** Per-play satisfaction of treatment listeners; {@code affinity} is the mean true affinity of what they played. */
    public record Satisfaction(long plays, double skipRate, double saveRate, double affinity) {}

    public record CampaignRow(String id, String kind, int tracks, long goal, long impressions, long opportunities,
                              double fillRate, Double skipRate, String throttled, Estimate incrementalStreams,
                              Estimate incrementalNewListeners) {}

    /** The Markdown table and summary lines the {@code encore simulate promotion} command prints. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "simulation: seed %d, %d listeners, %d days, %d slots per page, %d catalog tracks%n",
                spec.seed(), spec.listeners(), spec.days(), spec.slotsPerPage(), spec.catalogTracks()));
        b.append("| campaign | kind | tracks | goal | impressions | opportunities | fill rate | promoted skip rate | throttled | incremental streams (95% CI) | incremental new listeners (95% CI) |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        for (CampaignRow r : campaigns) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.3f | %s | %s | %s | %s |%n", r.id(), r.kind(),
                    r.tracks(), r.goal(), r.impressions(), r.opportunities(), r.fillRate(),
                    r.skipRate() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.skipRate()),
                    r.throttled() == null ? "no" : "yes", ci(r.incrementalStreams()), ci(r.incrementalNewListeners())));
        }
        b.append(String.format(Locale.ROOT, "satisfaction (treatment listeners): skip rate %.4f with promotion vs %.4f without (%+.4f); "
                        + "save rate %.4f vs %.4f (%+.4f); mean true affinity %.4f vs %.4f (%+.4f)%n",
                withPromotion.skipRate(), withoutPromotion.skipRate(), withPromotion.skipRate() - withoutPromotion.skipRate(),
                withPromotion.saveRate(), withoutPromotion.saveRate(), withPromotion.saveRate() - withoutPromotion.saveRate(),
                withPromotion.affinity(), withoutPromotion.affinity(), withPromotion.affinity() - withoutPromotion.affinity()));
        b.append(String.format(Locale.ROOT, "exposure gini: impressions %.3f, fill rate (campaigns not throttled) %.3f%n", impressionGini, fillRateGini));
        if (globalStop != null) b.append("global guardrail: ").append(globalStop).append('\n');
        for (String v : violations.subList(0, Math.min(20, violations.size()))) b.append("violation: ").append(v).append('\n');
        b.append("violations: ").append(violations.size()).append('\n');
        for (CampaignRow r : campaigns)
            b.append("lift ").append(r.id()).append(": ").append(ci(r.incrementalStreams())).append(" incremental streams\n");
        return b.toString();
    }

    static String ci(Estimate e) {
        if (e == null) return "-";
        if (e.low() == null) return String.format(Locale.ROOT, "%.1f (no CI: holdout too small)", e.value());
        return String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", e.value(), e.low(), e.high());
    }
}
