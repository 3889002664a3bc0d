package dev.encore.server.promotion;

import dev.encore.products.promotion.PromotionService;
import dev.encore.store.CampaignRepository;

import java.time.Clock;

/** Listeners' promotion opt-outs: stored, and applied to the live allocator at once. */
final class OptOuts {
    private final CampaignRepository repo;
    private final PromotionService service;
    private final Clock clock;

    OptOuts(CampaignRepository repo, PromotionService service, Clock clock) {
        this.repo = repo;
        this.service = service;
        this.clock = clock;
        repo.optedOut().forEach(u -> service.optOut(u, true));
    }

    void set(String user, boolean out) {
        repo.setOptOut(user, out, clock.instant());
        service.optOut(user, out);
    }

    boolean optedOut(String user) {
        return service.optedOut(user);
    }
}
