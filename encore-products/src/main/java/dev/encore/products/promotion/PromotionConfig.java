package dev.encore.products.promotion;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every knob of promotion allocation, with the defaults in {@link #defaults()}.
 *
 * @param promotableContexts   contexts where promoted tracks may appear (default radio, autoplay, mixes)
 * @param qualityMargin        a promoted track may displace an organic one only if its relevance is at least the
 *                             displaced item's minus this margin (relevance on the caller's scale, usually 0–1)
 * @param maxSessionShare      at most this fraction of the slots served in a session are promoted (checked on every prefix)
 * @param minSpacing           at most one promoted track in any {@code minSpacing} consecutive slots of a session
 * @param weeklyFrequencyCap   a listener sees one promoted track at most this many times in any 7 days
 * @param sessionGap           idle time after which a listener's next request starts a new session
 * @param holdoutShare         fraction of listeners (by hash of id and seed) who never see promotion
 * @param seed                 seed of the holdout hash
 * @param skipMargin           promoted skip rate may exceed organic skip rate in the same context by at most this
 * @param saveMargin           promoted save rate may fall below organic save rate by at most this
 * @param guardrailMinPlays    promoted plays of a campaign before its guardrail can throttle it
 * @param priorPlays           pseudo-plays at the organic rate that shrink a small campaign's rates (noise guard)
 * @param pacingStep           step size of the dual (pacing price) update
 * @param utilityWeight        price of one unit of relevance lost by the listener, against pacing prices
 */
public record PromotionConfig(Set<PromotionContext> promotableContexts, double qualityMargin, double maxSessionShare,
                              int minSpacing, int weeklyFrequencyCap, Duration sessionGap, double holdoutShare, long seed,
                              double skipMargin, double saveMargin, int guardrailMinPlays, double priorPlays,
                              double pacingStep, double utilityWeight) {
    public PromotionConfig {
        promotableContexts = Set.copyOf(promotableContexts);
        check("qualityMargin", qualityMargin, 0, 1);
        check("maxSessionShare", maxSessionShare, 0, 1);
        check("holdoutShare", holdoutShare, 0, 1);
        check("skipMargin", skipMargin, 0, 1);
        check("saveMargin", saveMargin, 0, 1);
        check("pacingStep", pacingStep, 0, 10);
        check("utilityWeight", utilityWeight, 0, 1000);
        check("priorPlays", priorPlays, 0, 1e6);
        if (minSpacing < 1) throw new IllegalArgumentException("minSpacing must be >= 1 (one promoted per N slots), got " + minSpacing);
        if (weeklyFrequencyCap < 0) throw new IllegalArgumentException("weeklyFrequencyCap must be >= 0, got " + weeklyFrequencyCap);
        if (guardrailMinPlays < 1) throw new IllegalArgumentException("guardrailMinPlays must be >= 1, got " + guardrailMinPlays);
        if (sessionGap == null || sessionGap.isNegative() || sessionGap.isZero())
            throw new IllegalArgumentException("sessionGap must be a positive duration, got " + sessionGap);
    }

    private static void check(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + ", got " + v);
    }

    public static PromotionConfig defaults() {
        return new PromotionConfig(EnumSet.of(PromotionContext.RADIO, PromotionContext.AUTOPLAY, PromotionContext.MIXES),
                0.05, 0.20, 5, 2, Duration.ofMinutes(30), 0.05, 20261123L,
                0.05, 0.03, 10, 20, 0.05, 1.0);
    }

    public PromotionConfig withContexts(Set<PromotionContext> contexts) {
        return new PromotionConfig(contexts, qualityMargin, maxSessionShare, minSpacing, weeklyFrequencyCap, sessionGap,
                holdoutShare, seed, skipMargin, saveMargin, guardrailMinPlays, priorPlays, pacingStep, utilityWeight);
    }

    public PromotionConfig withHoldout(double share, long newSeed) {
        return new PromotionConfig(promotableContexts, qualityMargin, maxSessionShare, minSpacing, weeklyFrequencyCap,
                sessionGap, share, newSeed, skipMargin, saveMargin, guardrailMinPlays, priorPlays, pacingStep, utilityWeight);
    }

    public PromotionConfig withCaps(double sessionShare, int spacing, int weeklyCap) {
        return new PromotionConfig(promotableContexts, qualityMargin, sessionShare, spacing, weeklyCap, sessionGap,
                holdoutShare, seed, skipMargin, saveMargin, guardrailMinPlays, priorPlays, pacingStep, utilityWeight);
    }
}
