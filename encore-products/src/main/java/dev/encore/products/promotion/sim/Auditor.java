package dev.encore.products.promotion.sim;

import dev.encore.core.domain.Campaign;
import dev.encore.products.promotion.EligibilityRules;
import dev.encore.products.promotion.PromotionConfig;
import dev.encore.products.promotion.PromotionContext;
import dev.encore.products.promotion.RankedCandidate;
import dev.encore.products.promotion.Slot;
import dev.encore.products.promotion.TrackFacts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every served list against the hard constraints, independently of the allocator's own bookkeeping:
 * nothing promoted to held-out or opted-out listeners or outside promotable contexts, only eligible tracks,
 * quality margin, session share (every prefix) and spacing, weekly frequency per listener and track, and pacing
 * (never past the goal or the straight-line schedule plus slack). Each breach is kept as a line of text.
 */
final class Auditor {
    private final PromotionConfig config;
    private final EligibilityRules rules;
    private final TrackFacts.Source facts;
    private final Map<String, Campaign> campaigns = new HashMap<>();
    private final Map<String, long[]> session = new HashMap<>(); // slots, promoted, since-last, last-seen millis
    private final Map<String, ArrayDeque<Instant>> seen = new HashMap<>();
    private final Map<String, Long> delivered = new HashMap<>();
    final List<String> violations = new ArrayList<>();

    Auditor(PromotionConfig config, EligibilityRules rules, TrackFacts.Source facts, List<Campaign> all) {
        this.config = config;
        this.rules = rules;
        this.facts = facts;
        all.forEach(c -> campaigns.put(c.id(), c));
    }

    void check(String listener, boolean shielded, PromotionContext context, List<RankedCandidate> organic, List<Slot> slots, Instant now) {
        if (slots.size() != organic.size()) violations.add("list length changed for " + listener + " at " + now);
        long[] s = session.get(listener);
        if (s == null || now.toEpochMilli() - s[3] > config.sessionGap().toMillis()) s = new long[]{0, 0, Long.MAX_VALUE, 0};
        s[3] = now.toEpochMilli();
        session.put(listener, s);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            boolean promoted = slot.promoted();
            if (promoted) {
                String where = listener + " slot " + i + " at " + now + ": ";
                if (shielded) violations.add(where + "held-out or opted-out listener saw promotion");
                if (!config.promotableContexts().contains(context)) violations.add(where + "promotion in " + context.wire());
                if (!rules.check(slot.trackId(), facts, today).eligible()) violations.add(where + "ineligible track " + slot.trackId());
                if (slot.relevance() < organic.get(i).relevance() - config.qualityMargin() - 1e-12)
                    violations.add(where + "outside the quality margin");
                if (s[1] + 1 > Math.floor(config.maxSessionShare() * (s[0] + 1) + 1e-9)) violations.add(where + "session share cap");
                if (s[2] != Long.MAX_VALUE && s[2] < config.minSpacing() - 1) violations.add(where + "spacing cap");
                ArrayDeque<Instant> q = seen.computeIfAbsent(listener + "|" + slot.trackId(), k -> new ArrayDeque<>());
                while (!q.isEmpty() && !q.peekFirst().isAfter(now.minus(Duration.ofDays(7)))) q.pollFirst();
                if (q.size() >= config.weeklyFrequencyCap()) violations.add(where + "weekly frequency cap");
                q.addLast(now);
                Campaign c = campaigns.get(slot.campaignId());
                long n = delivered.merge(c.id(), 1L, Long::sum);
                double life = Duration.between(c.start(), c.end()).toMillis();
                double schedule = c.impressionGoal() * Math.min(1, Duration.between(c.start(), now).toMillis() / life);
                if (n > c.impressionGoal() || n > schedule + Math.max(5, 0.01 * c.impressionGoal()) + 1e-6)
                    violations.add(where + "pacing: " + c.id() + " delivered " + n + " against schedule " + Math.round(schedule));
                if (!c.trackIds().contains(slot.trackId())) violations.add(where + "track not in campaign " + c.id());
            }
            s[0]++;
            if (promoted) { s[1]++; s[2] = 0; } else if (s[2] != Long.MAX_VALUE) s[2]++;
        }
    }

    /**
     * Guardrail, recomputed from the simulator's own play counts ({plays, skips, saves} per context): a campaign
     * (or all promotion) still running with at least {@code minPlays} promoted plays although its raw promoted skip
     * rate is two standard errors past the organic rate expected for the same contexts plus the margin, or its save
     * rate two standard errors below organic minus the margin (standard errors at the boundary rate, the
     * one-sided test that defines a breach in docs/promotion.md). Contexts with fewer than {@code guardrailMinPlays}
     * organic plays have no baseline and are left out, as in the allocator.
     */
    void checkGuardrail(String what, Map<PromotionContext, long[]> promoted, Map<PromotionContext, long[]> organic,
                        long minPlays, boolean throttled) {
        long plays = 0, skips = 0, saves = 0;
        double expSkip = 0, expSave = 0;
        for (Map.Entry<PromotionContext, long[]> e : promoted.entrySet()) {
            long[] o = organic.get(e.getKey());
            if (o == null || o[0] < config.guardrailMinPlays()) continue;
            long[] p = e.getValue();
            plays += p[0];
            skips += p[1];
            saves += p[2];
            expSkip += p[0] * (double) o[1] / o[0];
            expSave += p[0] * (double) o[2] / o[0];
        }
        if (throttled || plays == 0 || plays < minPlays) return;
        double skip = (double) skips / plays, save = (double) saves / plays, orgSkip = expSkip / plays, orgSave = expSave / plays;
        double seSkip = boundarySe(orgSkip + config.skipMargin(), plays), seSave = boundarySe(orgSave - config.saveMargin(), plays);
        if (skip - orgSkip - 2 * seSkip > config.skipMargin() || save - orgSave + 2 * seSave < -config.saveMargin())
            violations.add(String.format(java.util.Locale.ROOT, "guardrail: %s skip rate %.3f (organic %.3f), save rate %.3f "
                    + "(organic %.3f) over %d plays, not throttled", what, skip, orgSkip, save, orgSave, plays));
    }

    private static double boundarySe(double rate, long n) {
        double p = Math.min(0.999, Math.max(0.001, rate));
        return Math.sqrt(p * (1 - p) / n);
    }
}
