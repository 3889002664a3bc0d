package dev.encore.products.promotion;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The listener-satisfaction guardrail. Promoted plays of a campaign are compared with organic plays in the same
 * contexts: the expected organic skip (save) rate is the organic rate of each context weighted by where the
 * campaign's plays happened. Rates are shrunk towards that expectation by {@code priorPlays} pseudo-plays, so a
 * few unlucky skips do not throttle a small campaign. The pressure {@code max(skipGap/skipMargin,
 * -saveGap/saveMargin, 0)} lowers the campaign's bids as it grows; once a gap is past its margin by more than two
 * standard errors after {@code guardrailMinPlays} promoted plays the campaign is throttled (for good: an owner must change its tracks
 * and start a new campaign). The same test over the promoted plays of campaigns not throttled (so one bad
 * campaign, already stopped, does not stop everyone) stops promotion globally.
 */
final class Guardrail {
    private final PromotionConfig config;
    private final EnumMap<PromotionContext, Rates> organic = new EnumMap<>(PromotionContext.class);
    private final Map<String, EnumMap<PromotionContext, Rates>> promoted = new HashMap<>();
    private EnumMap<PromotionContext, Rates> allActive = new EnumMap<>(PromotionContext.class);
    private final Map<String, String> throttled = new HashMap<>();
    private String globalStop;
    private double globalPressure;
    /** The global test waits for more plays than a campaign's: stopping everything needs stronger evidence. */
    static final int GLOBAL_MIN_PLAYS_FACTOR = 5;

    Guardrail(PromotionConfig config) {
        this.config = config;
    }

    void observe(PlayOutcome play) {
        if (!config.promotableContexts().contains(play.context())) return;
        if (play.promoted()) {
            promoted.computeIfAbsent(play.campaignId(), k -> new EnumMap<>(PromotionContext.class))
                    .computeIfAbsent(play.context(), k -> new Rates()).add(play);
            check(play.campaignId());
        } else {
            organic.computeIfAbsent(play.context(), k -> new Rates()).add(play);
        }
    }

    private void check(String campaignId) {
        Gap g = gap(promoted.get(campaignId));
        if (!throttled.containsKey(campaignId) && g.plays >= config.guardrailMinPlays() && g.breached(config))
            throttled.put(campaignId, g.describe("campaign", config));
        allActive = new EnumMap<>(PromotionContext.class);
        promoted.forEach((id, byContext) -> {
            if (!throttled.containsKey(id)) byContext.forEach((ctx, r) -> allActive.computeIfAbsent(ctx, k -> new Rates()).add(r));
        });
        Gap all = gap(allActive);
        globalPressure = weighted(all, GLOBAL_MIN_PLAYS_FACTOR);
        if (globalStop == null && all.plays >= GLOBAL_MIN_PLAYS_FACTOR * config.guardrailMinPlays() && all.breached(config))
            globalStop = all.describe("all promotion", config);
    }

    /** Why the campaign is throttled, if it is. */
    Optional<String> throttleReason(String campaignId) {
        return Optional.ofNullable(throttled.get(campaignId));
    }

    Optional<String> globalStopReason() {
        return Optional.ofNullable(globalStop);
    }

    /**
     * How hard the guardrail leans on a campaign's bids: its pressure (0 while it looks like organic plays, 1 at
     * the margin) weighted by the evidence so far, so a campaign with three plays and no save yet is not silenced
     * before it can show what it is worth.
     */
    double pressure(String campaignId) {
        return weighted(gap(promoted.get(campaignId)), 1);
    }

    double globalPressure() {
        return globalPressure;
    }

    private double weighted(Gap g, int minPlaysFactor) {
        double evidence = g.plays / (g.plays + minPlaysFactor * config.priorPlays());
        return Math.min(1, g.pressure(config)) * evidence;
    }

    Gap gap(String campaignId) {
        return gap(promoted.get(campaignId));
    }

    Gap globalGap() {
        return gap(allActive);
    }

    private Gap gap(Map<PromotionContext, Rates> byContext) {
        if (byContext == null) return new Gap(0, 0, 0, 0, 0, 0, 0);
        long plays = 0, skips = 0, saves = 0;
        double expSkips = 0, expSaves = 0;
        for (Map.Entry<PromotionContext, Rates> e : byContext.entrySet()) {
            Rates p = e.getValue();
            Rates o = organic.getOrDefault(e.getKey(), new Rates());
            if (o.plays < config.guardrailMinPlays()) continue; // no trustworthy baseline yet in this context
            plays += p.plays;
            skips += p.skips;
            saves += p.saves;
            expSkips += p.plays * o.skipRate();
            expSaves += p.plays * o.saveRate();
        }
        if (plays == 0) return new Gap(0, 0, 0, 0, 0, 0, 0);
        double orgSkip = expSkips / plays, orgSave = expSaves / plays, k = config.priorPlays();
        double skip = (skips + k * orgSkip) / (plays + k), save = (saves + k * orgSave) / (plays + k);
        return new Gap(plays, skip, orgSkip, save, orgSave, (double) skips / plays, (double) saves / plays);
    }

    /**
     * Promoted rates (shrunk towards organic for the soft pressure; raw for the breach test) against the organic
     * rates expected for the same contexts.
     */
    record Gap(long plays, double skipRate, double organicSkipRate, double saveRate, double organicSaveRate,
               double rawSkipRate, double rawSaveRate) {
        double skipGap() {
            return skipRate - organicSkipRate;
        }

        double saveGap() {
            return saveRate - organicSaveRate;
        }

        double pressure(PromotionConfig c) {
            if (plays == 0) return 0;
            double skip = c.skipMargin() == 0 ? (skipGap() > 0 ? Double.POSITIVE_INFINITY : 0) : skipGap() / c.skipMargin();
            double save = c.saveMargin() == 0 ? (saveGap() < 0 ? Double.POSITIVE_INFINITY : 0) : -saveGap() / c.saveMargin();
            return Math.max(0, Math.max(skip, save));
        }

        /**
         * A one-sided z-test of "the promoted rate is past the margin": breached when the raw promoted skip rate
         * exceeds organic + margin by more than two standard errors, the standard error taken at the boundary
         * rate (organic + margin) so that a campaign with no skips or no saves yet is judged by the binomial
         * spread of the boundary, not by a degenerate zero. Likewise for saves below organic - margin. About 2%
         * false alarms per look for a campaign exactly at the margin; clearly worse ones stop within tens of plays.
         */
        boolean breached(PromotionConfig c) {
            if (plays == 0) return false;
            return rawSkipRate - organicSkipRate - 2 * boundarySe(organicSkipRate + c.skipMargin(), plays) > c.skipMargin()
                    || rawSaveRate - organicSaveRate + 2 * boundarySe(organicSaveRate - c.saveMargin(), plays) < -c.saveMargin();
        }

        static double boundarySe(double rate, long n) {
            double p = Math.min(0.999, Math.max(0.001, rate));
            return Math.sqrt(p * (1 - p) / n);
        }

        String describe(String what, PromotionConfig c) {
            return String.format(java.util.Locale.ROOT, "%s throttled after %d promoted plays: skip rate %.3f vs organic %.3f "
                            + "(margin %.3f), save rate %.3f vs organic %.3f (margin %.3f)", what, plays, rawSkipRate,
                    organicSkipRate, c.skipMargin(), rawSaveRate, organicSaveRate, c.saveMargin());
        }
    }

    private static final class Rates {
        long plays, skips, saves;

        void add(Rates r) {
            plays += r.plays;
            skips += r.skips;
            saves += r.saves;
        }

        void add(PlayOutcome p) {
            plays++;
            if (p.skipped()) skips++;
            if (p.saved()) saves++;
        }

        double skipRate() {
            return plays == 0 ? 0 : (double) skips / plays;
        }

        double saveRate() {
            return plays == 0 ? 0 : (double) saves / plays;
        }
    }
}
