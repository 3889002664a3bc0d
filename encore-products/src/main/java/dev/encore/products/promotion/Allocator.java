package dev.encore.products.promotion;

import dev.encore.core.domain.Campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One allocation decision: walks the ranked organic list slot by slot; where the caps allow a promoted slot, each
 * running campaign offers its most relevant eligible track. The offer qualifies when
 * {@code loss = organic relevance - promoted relevance <= margin} (the quality margin, narrowed as the global
 * guardrail pressure rises). It bids when its pacing price, discounted by its own guardrail pressure, exceeds the
 * listener's utility loss (the primal rule of the Lagrangian); among bidders the highest
 * {@code price - utilityWeight * loss - fillRate} wins, so a campaign that has already served a large share of
 * its eligible demand yields to one that has not (fill rates equalise: delivery proportional to demand, however
 * many tracks a catalogue brings). A campaign takes at most one slot per request.
 */
final class Allocator {
    private final PromotionConfig config;
    private final Pacer pacer;
    private final Guardrail guardrail;

    Allocator(PromotionConfig config, Pacer pacer, Guardrail guardrail) {
        this.config = config;
        this.pacer = pacer;
        this.guardrail = guardrail;
    }

    /** A campaign's best track for this listener, already filtered for eligibility and frequency caps. */
    record Offer(Campaign campaign, String trackId, double relevance) {}

    /** The slots, and which campaigns had an eligible opportunity / won one (for pacing and measurement). */
    record Decision(List<Slot> slots, Set<String> opportunities, Set<String> winners) {}

    Decision allocate(List<RankedCandidate> organic, List<Offer> offers, ExposureCaps.Session session, Instant now) {
        double margin = config.qualityMargin() * (1 - Math.min(1, guardrail.globalPressure()));
        List<Slot> slots = new ArrayList<>(organic.size());
        Set<String> opportunities = new LinkedHashSet<>();
        Set<String> winners = new HashSet<>();
        for (RankedCandidate o : organic) {
            Slot chosen = null;
            if (!offers.isEmpty() && session.mayPromoteNext()) {
                Offer best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Offer offer : offers) {
                    String id = offer.campaign().id();
                    if (winners.contains(id)) continue;
                    double loss = o.relevance() - offer.relevance();
                    if (loss > margin) continue;
                    opportunities.add(id);
                    double price = pacer.price(offer.campaign(), now) * (1 - Math.min(1, guardrail.pressure(id)));
                    double cost = config.utilityWeight() * Math.max(0, loss);
                    if (price <= cost) continue;
                    double score = price - cost - pacer.fillRate(id);
                    if (score > bestScore || (score == bestScore && id.compareTo(best.campaign().id()) < 0)) {
                        best = offer;
                        bestScore = score;
                    }
                }
                if (best != null) {
                    winners.add(best.campaign().id());
                    chosen = new Slot(best.trackId(), best.relevance(), true, best.campaign().id(),
                            Slot.REASON_PREFIX + best.campaign().name() + " (close to what you usually like)", o.trackId());
                }
            }
            slots.add(chosen != null ? chosen : Slot.organic(o));
            session.advance(chosen != null);
        }
        return new Decision(slots, opportunities, winners);
    }
}
