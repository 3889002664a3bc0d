package dev.encore.server.products;

import dev.encore.core.domain.ItemKind;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.products.promotion.PlayOutcome;
import dev.encore.products.promotion.PromotionContext;
import dev.encore.products.promotion.PromotionService;
import dev.encore.products.promotion.RankedCandidate;
import dev.encore.products.promotion.Relevance;
import dev.encore.products.promotion.Slot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Discovery Mode in served products: each batch of organic tracks goes through the promotion allocator (which keeps
 * holdout, opt-out, caps, quality margin and pacing), promoted slots are remembered per (listener, track) so
 * responses can label them {@code promoted} with their campaign, and the listener's reactions are reported back
 * so the satisfaction guardrail sees them.
 */
public final class PromotedSlots {
    private static final int REMEMBERED = 100_000;
    private final PromotionService service;
    private final Relevance relevance;
    private final Map<String, String> campaignByServed = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    public PromotedSlots(PromotionService service, Relevance relevance) {
        this.service = service;
        this.relevance = relevance;
    }

    /** The organic list with promoted tracks placed where the allocator decided; same length. */
    public List<PlaylistItem> apply(String listenerId, PromotionContext context, List<PlaylistItem> organic) {
        if (organic.isEmpty()) return organic;
        List<RankedCandidate> ranked = new ArrayList<>(organic.size());
        for (PlaylistItem i : organic) {
            ranked.add(new RankedCandidate(i.itemId(), relevance.of(listenerId, i.itemId()).orElse(0), i.reason()));
        }
        List<Slot> slots = service.apply(listenerId, context, ranked);
        List<PlaylistItem> out = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            if (s.promoted()) campaignByServed.put(key(listenerId, s.trackId()), s.campaignId());
            out.add(new PlaylistItem(ItemKind.TRACK, s.trackId(), s.reason()));
        }
        return out;
    }

    /** The campaign that last promoted this track to this listener, if one did (organic appearances elsewhere keep it). */
    public Optional<String> campaignOf(String listenerId, String trackId) {
        return Optional.ofNullable(campaignByServed.get(key(listenerId, trackId)));
    }

    /** Reports a reaction (skip, save/like) to a track served in {@code context}, promoted or not. */
    public void observe(String listenerId, String trackId, PromotionContext context, boolean skipped, boolean saved, Instant at) {
        String campaign = campaignByServed.get(key(listenerId, trackId));
        service.observe(new PlayOutcome(listenerId, trackId, context, campaign != null, campaign, skipped, saved, at));
    }

    /**
     * Reports a stored play to the guardrail and the lift ledger when it happened in a promotable context — radio
     * ({@code contextType} "radio"), autoplay ("autoplay") or a daily mix ("daily-mix", or a "playlist" whose id is a
     * daily mix's) — whether promoted or organic, since the guardrail compares the two in the same context.
     */
    public void observePlay(dev.encore.core.domain.ListenEvent e) {
        PromotionContext context = contextOf(e.contextType(), e.contextId());
        if (context != null) observe(e.userId(), e.itemId(), context, e.skipped(), false, e.listenedAt());
    }

    static PromotionContext contextOf(String type, String id) {
        if (type == null) return null;
        return switch (type) {
            case "radio" -> PromotionContext.RADIO;
            case "autoplay" -> PromotionContext.AUTOPLAY;
            case "daily-mix" -> PromotionContext.MIXES;
            case "playlist" -> id != null && id.startsWith(dev.encore.products.mixes.DailyMixes.PRODUCT + ":") ? PromotionContext.MIXES : null;
            default -> null;
        };
    }

    private static String key(String listenerId, String trackId) {
        return listenerId + '\u0000' + trackId;
    }
}
