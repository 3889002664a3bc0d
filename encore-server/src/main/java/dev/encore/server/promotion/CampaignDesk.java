package dev.encore.server.promotion;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.core.domain.Track;
import dev.encore.products.promotion.CampaignReport;
import dev.encore.products.promotion.Eligibility;
import dev.encore.products.promotion.PromotionService;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.store.CampaignRepository;
import dev.encore.store.EncoreStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Campaign management behind the API and the console: stored campaigns ({@link CampaignRepository}) kept in step
 * with the live allocator ({@link PromotionService}), with ownership enforced on every call.
 */
final class CampaignDesk {
    private final EncoreStore store;
    private final CampaignRepository repo;
    private final PromotionService service;
    private final Clock clock;

    CampaignDesk(EncoreStore store, CampaignRepository repo, PromotionService service, Clock clock) {
        this.store = store;
        this.repo = repo;
        this.service = service;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    synchronized Campaign create(Principal p, CampaignJson.Draft d) {
        CampaignAccess.requireArtistOrAdmin(p);
        String owner = p.role() == Role.ARTIST ? p.userId() : d.owner();
        List<FieldError> errors = new ArrayList<>();
        if (p.role() == Role.ARTIST && d.owner() != null && !d.owner().equals(p.userId()))
            errors.add(FieldError.of("owner", "an artist token creates campaigns for its own artist ('" + p.userId() + "') only; drop the field"));
        if (owner == null || owner.isBlank())
            errors.add(FieldError.of("owner", "admins name the artist or label that owns the campaign, e.g. \"owner\": \"artist-1\""));
        Map<String, Track> tracks = store.catalog().tracks(d.tracks());
        for (int i = 0; i < d.tracks().size(); i++) {
            Track t = tracks.get(d.tracks().get(i));
            if (t == null) errors.add(FieldError.of("tracks[" + i + "]", "track '" + d.tracks().get(i) + "' is not in the catalog"));
            else if (p.role() == Role.ARTIST && !t.artistIds().contains(owner))
                errors.add(FieldError.of("tracks[" + i + "]", "track '" + t.id() + "' is not credited to you ('" + owner + "'); promote only your own tracks"));
        }
        if (!errors.isEmpty()) throw ApiProblem.invalid("the campaign cannot be created: " + errors.get(0).message(), errors);
        Instant now = now();
        String id = "cmp-" + (repo.all().size() + 1);
        while (repo.find(id).isPresent()) id = id + "x";
        Campaign c = new Campaign(id, owner, d.name(), d.tracks(), d.start(), d.end(), d.commissionRate(), d.impressionGoal(),
                CampaignStatus.ACTIVE, now);
        repo.save(c);
        service.putCampaign(c);
        return c;
    }

    List<Campaign> list(Principal p) {
        CampaignAccess.requireArtistOrAdmin(p);
        return p.role() == Role.ADMIN ? repo.all() : repo.byOwner(p.userId());
    }

    Campaign get(Principal p, String id) {
        CampaignAccess.requireArtistOrAdmin(p);
        Campaign c = repo.find(id).orElseThrow(() -> CampaignAccess.notFound(id));
        if (!CampaignAccess.mayManage(p, c)) throw CampaignAccess.notFound(id);
        return c;
    }

    synchronized Campaign setStatus(Principal p, String id, CampaignStatus status) {
        Campaign c = get(p, id);
        CampaignStatus current = c.statusAt(now());
        if (current == CampaignStatus.ENDED)
            throw new ApiProblem(409, "campaign-ended", "Campaign has ended", "campaign '" + id + "' has ended (" + c.end()
                    + "); create a new campaign to promote these tracks again", List.of(), List.of());
        Campaign updated = c.withStatus(status);
        repo.setStatus(id, status);
        service.putCampaign(updated);
        return updated;
    }

    List<Eligibility> eligibility(Campaign c) {
        return c.trackIds().stream().map(service::eligibility).toList();
    }

    CampaignReport report(Principal p, String id) {
        Campaign c = get(p, id);
        return service.report(c.id()).orElseThrow(() -> CampaignAccess.notFound(id));
    }

    String throttled(Campaign c) {
        return service.throttled(c.id()).orElse(null);
    }

    long delivered(Campaign c) {
        return service.delivered(c.id());
    }

    Map<String, Object> json(Campaign c, boolean withEligibility) {
        return CampaignJson.campaign(c, now(), throttled(c), delivered(c), withEligibility ? eligibility(c) : null);
    }
}
