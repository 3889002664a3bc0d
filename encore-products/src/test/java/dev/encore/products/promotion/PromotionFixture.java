package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** A hand-built promotion world for tests: relevance by track (same for every listener unless overridden). */
final class PromotionFixture {
    static final Instant T0 = Instant.parse("2026-05-04T00:00:00Z");
    final Map<String, Double> relevance = new HashMap<>();
    final Map<String, Double> perListener = new HashMap<>();
    final Map<String, TrackFacts> facts = new HashMap<>();
    final PromotionService service;

    PromotionFixture(PromotionConfig config, List<Campaign> campaigns) {
        service = new PromotionService(config, EligibilityRules.defaults(),
                (t, today) -> Optional.ofNullable(facts.get(t)).or(() -> relevance.containsKey(t)
                        ? Optional.of(new TrackFacts(t, "artist-" + t, LocalDate.of(2025, 1, 1), 500, 5000)) : Optional.empty()),
                (l, t) -> {
                    Double v = perListener.getOrDefault(l + "|" + t, relevance.get(t));
                    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
                }, Clock.fixed(T0, ZoneOffset.UTC));
        service.setCampaigns(campaigns);
    }

    static Campaign campaign(String id, List<String> tracks, long goal, int days) {
        return new Campaign(id, "owner-" + id, id, tracks, T0, T0.plusSeconds(86_400L * days), 0.3, goal, CampaignStatus.ACTIVE, T0);
    }

    static List<String> tracks(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }

    /** Organic list o0..o{n-1} with relevance falling from top to top - step*(n-1). */
    List<RankedCandidate> organic(int n, double top, double step) {
        List<RankedCandidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double r = top - step * i;
            relevance.putIfAbsent("o" + i, r);
            list.add(new RankedCandidate("o" + i, r, "organic"));
        }
        return list;
    }

    void relevance(List<String> tracks, double r) {
        tracks.forEach(t -> relevance.put(t, r));
    }

    static long promoted(List<Slot> slots) {
        return slots.stream().filter(Slot::promoted).count();
    }
}
