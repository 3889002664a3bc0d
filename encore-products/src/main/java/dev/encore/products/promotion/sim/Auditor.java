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
     * Guardrail: a campaign (or all promotion) still running although its raw promoted skip rate is significantly
     * (95%, one-sided lower bound) past organic + margin, or its save rate significantly below organic - margin.
     */
    void checkGuardrail(String what, long plays, long skips, long saves, double organicSkip, double organicSave, boolean throttled) {
        if (throttled || plays < config.guardrailMinPlays()) return;
        double skip = (double) skips / plays, save = (double) saves / plays;
        double seSkip = Math.sqrt(skip * (1 - skip) / plays), seSave = Math.sqrt(save * (1 - save) / plays);
        if (skip - organicSkip - 2 * seSkip > config.skipMargin() || save - organicSave + 2 * seSave < -config.saveMargin())
            violations.add(String.format(java.util.Locale.ROOT, "guardrail: %s skip rate %.3f (organic %.3f), save rate %.3f "
                    + "(organic %.3f) over %d plays, not throttled", what, skip, organicSkip, save, organicSave, plays));
    }
}
