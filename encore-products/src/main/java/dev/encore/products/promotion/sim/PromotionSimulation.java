package dev.encore.products.promotion.sim;

import dev.encore.core.domain.Campaign;
import dev.encore.products.promotion.CampaignReport;
import dev.encore.products.promotion.EligibilityRules;
import dev.encore.products.promotion.Gini;
import dev.encore.products.promotion.PlayOutcome;
import dev.encore.products.promotion.PromotionConfig;
import dev.encore.products.promotion.PromotionContext;
import dev.encore.products.promotion.PromotionService;
import dev.encore.products.promotion.RankedCandidate;
import dev.encore.products.promotion.Slot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Replays generated listeners against the allocator. Each request draws its random numbers from a generator
 * seeded by (seed, listener, request), so the run with promotion and the run without it see the same candidate
 * lists and the same dice: the difference in satisfaction is caused by the promoted slots alone.
 */
public final class PromotionSimulation {
    private static final PromotionContext[] SESSION_CONTEXTS = {PromotionContext.RADIO, PromotionContext.MIXES, PromotionContext.AUTOPLAY};
    private static final int SAMPLED = 150;

    private PromotionSimulation() {}

    public static SimResult run(SimSpec spec, PromotionConfig config) {
        SimWorld world = new SimWorld(spec);
        Run with = new Run(world, config, true);
        Run without = new Run(world, config, false);
        with.replay();
        without.replay();
        return with.result(without.satisfaction());
    }

    private static final class Run {
        final SimWorld world;
        final PromotionConfig config;
        final boolean promote;
        final PromotionService service;
        final Auditor auditor;
        final Set<String> optedOut = new HashSet<>();
        long plays, skips, saves;
        double affinity;
        final Map<PromotionContext, long[]> organicPlays = new EnumMap<>(PromotionContext.class); // plays, skips, saves
        final Map<String, Map<PromotionContext, long[]>> promotedPlays = new HashMap<>();

        Run(SimWorld world, PromotionConfig config, boolean promote) {
            this.world = world;
            this.config = config;
            this.promote = promote;
            EligibilityRules rules = EligibilityRules.defaults();
            this.service = new PromotionService(config, rules, world.facts(),
                    (l, t) -> world.estimate.containsKey(t) ? OptionalDouble.of(world.modelRelevance(l, t)) : OptionalDouble.empty(),
                    Clock.fixed(SimWorld.START, ZoneOffset.UTC));
            service.setCampaigns(world.campaigns);
            this.auditor = new Auditor(config, rules, world.facts(), world.campaigns);
            SplittableRandom r = new SplittableRandom(world.spec.seed() ^ 0x5eed0fL);
            for (String l : world.listeners) if (r.nextDouble() < world.spec.optOutShare()) optedOut.add(l);
            optedOut.forEach(l -> service.optOut(l, true));
        }

        void replay() {
            SimSpec s = world.spec;
            for (int day = 0; day < s.days(); day++)
                for (int session = 0; session < s.sessionsPerDay(); session++)
                    for (int li = 0; li < world.listeners.size(); li++)
                        for (int page = 0; page < s.pagesPerSession(); page++) request(li, day, session, page);
        }

        private void request(int li, int day, int session, int page) {
            String listener = world.listeners.get(li);
            SimSpec s = world.spec;
            long requestNo = ((long) day * s.sessionsPerDay() + session) * s.pagesPerSession() + page;
            SplittableRandom r = new SplittableRandom(s.seed() * 0x9E3779B97F4A7C15L + li * 1_000_003L + requestNo);
            Instant now = SimWorld.START.plusSeconds(day * 86_400L + 8 * 3600L + session * 5 * 3600L + page * 240L + li % 3600);
            PromotionContext context = r.nextDouble() < 0.15 ? PromotionContext.WEEKLY_DISCOVERY
                    : SESSION_CONTEXTS[(session + li) % SESSION_CONTEXTS.length];
            List<RankedCandidate> organic = candidates(listener, r, s.slotsPerPage());
            List<Slot> slots = promote ? service.apply(listener, context, organic, now) : organic.stream()
                    .map(c -> new Slot(c.trackId(), c.relevance(), false, null, c.reason(), null)).toList();
            boolean shielded = optedOut.contains(listener) || service.heldOut(listener);
            if (promote) auditor.check(listener, shielded, context, organic, slots, now);
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                double a = world.trueAffinity(listener, slot.trackId());
                boolean skipped = r.nextDouble() > a;
                boolean saved = !skipped && r.nextDouble() < 0.3 * a * a;
                Instant at = now.plusSeconds(i * 200L);
                if (!shielded) {
                    plays++;
                    if (skipped) skips++;
                    if (saved) saves++;
                    affinity += a;
                }
                if (!promote) continue;
                service.observe(new PlayOutcome(listener, slot.trackId(), context, slot.promoted(), slot.campaignId(), skipped, saved, at));
                long[] counts = slot.promoted()
                        ? promotedPlays.computeIfAbsent(slot.campaignId(), k -> new EnumMap<>(PromotionContext.class)).computeIfAbsent(context, k -> new long[3])
                        : organicPlays.computeIfAbsent(context, k -> new long[3]);
                counts[0]++;
                if (skipped) counts[1]++;
                if (saved) counts[2]++;
            }
        }

        private List<RankedCandidate> candidates(String listener, SplittableRandom r, int k) {
            List<RankedCandidate> pool = new ArrayList<>(SAMPLED);
            Set<String> picked = new HashSet<>();
            while (pool.size() < SAMPLED) {
                String t = world.catalog.get(r.nextInt(world.catalog.size()));
                if (picked.add(t)) pool.add(new RankedCandidate(t, world.modelRelevance(listener, t), "matches your taste"));
            }
            pool.sort(Comparator.comparingDouble(RankedCandidate::relevance).reversed().thenComparing(RankedCandidate::trackId));
            return List.copyOf(pool.subList(0, k));
        }

        SimResult.Satisfaction satisfaction() {
            return new SimResult.Satisfaction(plays, (double) skips / plays, (double) saves / plays, affinity / plays);
        }

        SimResult result(SimResult.Satisfaction baseline) {
            List<SimResult.CampaignRow> rows = new ArrayList<>();
            List<Double> impressions = new ArrayList<>(), fills = new ArrayList<>();
            Map<PromotionContext, long[]> active = new EnumMap<>(PromotionContext.class);
            for (Campaign c : world.campaigns) {
                CampaignReport rep = service.report(c.id(), c.end()).orElseThrow();
                Map<PromotionContext, long[]> p = promotedPlays.getOrDefault(c.id(), Map.of());
                String throttled = service.throttled(c.id()).orElse(null);
                if (throttled == null) p.forEach((ctx, n) -> {
                    long[] a = active.computeIfAbsent(ctx, k -> new long[3]);
                    for (int i = 0; i < 3; i++) a[i] += n[i];
                });
                auditor.checkGuardrail(c.id(), p, organicPlays, config.guardrailMinPlays(), throttled != null);
                long opp = service.opportunities(c.id());
                double fill = opp == 0 ? 0 : (double) rep.impressions() / opp;
                long plays = p.values().stream().mapToLong(n -> n[0]).sum(), skipped = p.values().stream().mapToLong(n -> n[1]).sum();
                rows.add(new SimResult.CampaignRow(c.id(), world.kind.get(c.id()), c.trackIds().size(), c.impressionGoal(),
                        rep.impressions(), opp, fill, plays == 0 ? null : (double) skipped / plays, throttled,
                        rep.incrementalStreams(), rep.incrementalNewListeners()));
                impressions.add((double) rep.impressions());
                if (throttled == null) fills.add(fill);
            }
            String stop = service.globallyStopped().orElse(null);
            auditor.checkGuardrail("all promotion (campaigns not throttled)", active, organicPlays, 5L * config.guardrailMinPlays(), stop != null);
            return new SimResult(world.spec, satisfaction(), baseline, List.copyOf(auditor.violations), rows,
                    Gini.of(impressions.stream().mapToDouble(d -> d).toArray()), Gini.of(fills.stream().mapToDouble(d -> d).toArray()), stop);
        }
    }
}
