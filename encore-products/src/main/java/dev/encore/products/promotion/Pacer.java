package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Online primal–dual pacing. Each campaign has a dual price {@code mu >= 0} for its delivery constraint
 * "deliver {@code impressionGoal} evenly over [start, end)". After every request in which the campaign had an
 * eligible opportunity (a candidate inside the quality margin at a slot the caps allowed), a projected
 * subgradient step {@code mu <- clip(mu + step * (rho - x), 0, 1)} runs, where {@code x} is 1 when the campaign
 * won a slot and {@code rho} the delivery rate per opportunity that would meet the goal on time:
 * remaining goal / (observed opportunity rate × remaining time). Behind pace, mu rises and the campaign bids
 * harder; ahead of pace it falls. Two hard guards make pacing provable: never past the goal, and never more
 * than the straight-line schedule plus a small slack.
 */
final class Pacer {
    private final PromotionConfig config;
    private final Map<String, State> states = new HashMap<>();

    Pacer(PromotionConfig config) {
        this.config = config;
    }

    /** The dual price, or 0 when a hard pacing guard forbids delivery now. */
    double price(Campaign c, Instant now) {
        State s = state(c.id());
        if (s.delivered >= c.impressionGoal()) return 0;
        if (s.delivered + 1 > schedule(c, now) + slack(c)) return 0; // one more would run ahead of the schedule
        return s.mu;
    }

    /** Called once per request for every campaign that had an eligible opportunity in it. */
    void update(Campaign c, boolean won, Instant now) {
        State s = state(c.id());
        s.opportunities++;
        if (won) s.delivered++;
        if (s.firstOpportunity == null) s.firstOpportunity = now;
        double rho = targetRate(c, s, now);
        s.mu = Math.max(0, Math.min(1, s.mu + config.pacingStep() * (rho - (won ? 1 : 0))));
    }

    long delivered(String campaignId) {
        return state(campaignId).delivered;
    }

    long opportunities(String campaignId) {
        return state(campaignId).opportunities;
    }

    /** Share of the campaign's eligible opportunities it won (the fairness currency). */
    double fillRate(String campaignId) {
        State s = state(campaignId);
        return s.opportunities == 0 ? 0 : (double) s.delivered / s.opportunities;
    }

    double mu(String campaignId) {
        return state(campaignId).mu;
    }

    /** Impressions the straight-line schedule allows by {@code now}. */
    static double schedule(Campaign c, Instant now) {
        double life = Duration.between(c.start(), c.end()).toMillis();
        double elapsed = Math.max(0, Math.min(life, Duration.between(c.start(), now).toMillis()));
        return c.impressionGoal() * elapsed / life;
    }

    static double slack(Campaign c) {
        return Math.max(5, 0.01 * c.impressionGoal());
    }

    private double targetRate(Campaign c, State s, Instant now) {
        double remainingGoal = c.impressionGoal() - s.delivered;
        double seenMs = Math.max(60_000, Duration.between(s.firstOpportunity, now).toMillis());
        double remainingMs = Math.max(0, Duration.between(now, c.end()).toMillis());
        double expected = s.opportunities / seenMs * remainingMs;
        if (expected < 1) return remainingGoal > 0 ? 1 : 0;
        return Math.min(1, remainingGoal / expected);
    }

    private State state(String id) {
        return states.computeIfAbsent(id, k -> new State());
    }

    private static final class State {
        double mu = 0.5;
        long opportunities;
        long delivered;
        Instant firstOpportunity;
    }
}
