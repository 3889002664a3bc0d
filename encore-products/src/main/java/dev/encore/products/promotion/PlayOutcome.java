package dev.encore.products.promotion;

import java.time.Instant;

/**
 * What happened when a served track played: skipped (left early) or not, saved or not. Report every play in
 * every context, organic and promoted: organic plays in promotable contexts are the guardrail's baseline and
 * streams of campaign tracks anywhere feed the lift measurement.
 */
public record PlayOutcome(String listenerId, String trackId, PromotionContext context, boolean promoted,
                          String campaignId, boolean skipped, boolean saved, Instant at) {
    public PlayOutcome {
        if (listenerId == null || listenerId.isBlank()) throw new IllegalArgumentException("play outcome needs a listener id");
        if (trackId == null || trackId.isBlank()) throw new IllegalArgumentException("play outcome needs a track id");
        if (context == null || at == null) throw new IllegalArgumentException("play outcome needs a context and a time");
        if (promoted && (campaignId == null || campaignId.isBlank()))
            throw new IllegalArgumentException("a promoted play must name its campaign");
    }
}
