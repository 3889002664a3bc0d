package dev.encore.server.promotion;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.products.promotion.EligibilityRules;
import dev.encore.products.promotion.PromotionConfig;
import dev.encore.products.promotion.PromotionService;
import dev.encore.products.promotion.Relevance;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.TokenRepository;
import dev.encore.store.CampaignRepository;
import dev.encore.store.EncoreStore;
import io.javalin.router.JavalinDefaultRouting;

import java.time.Clock;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Discovery Mode promotion as the server mounts it: the campaign API, the console pages and the live
 * {@link PromotionService}. Products that serve radio, autoplay or mixes call {@code service().apply(...)} on their
 * ranked list and report plays with {@code service().observe(...)}; until a model scorer is plugged in with
 * {@link #useRelevance}, no track can be scored for a listener, so nothing is promoted.
 */
public final class Promotion {
    private final PromotionService service;
    private final AtomicReference<Relevance> relevance = new AtomicReference<>((listener, track) -> OptionalDouble.empty());
    private final CampaignRoutes routes;
    private final CampaignPages pages;

    public Promotion(EncoreStore store, TokenRepository tokens, Authenticator auth, ObjectMapper json, Clock clock) {
        CampaignRepository repo = CampaignRepository.of(store);
        this.service = new PromotionService(PromotionConfig.defaults(), EligibilityRules.defaults(), new StoreTrackFacts(store),
                (listener, track) -> relevance.get().of(listener, track), clock);
        service.setCampaigns(repo.all());
        CampaignDesk desk = new CampaignDesk(store, repo, service, clock);
        this.routes = new CampaignRoutes(desk, new OptOuts(repo, service, clock), auth, json);
        this.pages = new CampaignPages(desk, tokens);
    }

    /** The allocator every promotable product goes through. */
    public PromotionService service() {
        return service;
    }

    /** Plugs in the served model's score for (listener, track), on the same scale as the organic candidates' relevance. */
    public void useRelevance(Relevance r) {
        relevance.set(r);
    }

    public void register(JavalinDefaultRouting r) {
        routes.register(r);
        pages.register(r);
    }
}
