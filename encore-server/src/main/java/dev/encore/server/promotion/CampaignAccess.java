package dev.encore.server.promotion;

import dev.encore.core.domain.Campaign;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.http.ApiProblem;

/**
 * Who may see and change a campaign: its owner (an artist token whose user id is the owner's catalog id) and
 * admins. Another artist's campaign answers 404, exactly like a missing one, so ids cannot be probed.
 */
final class CampaignAccess {
    private CampaignAccess() {}

    static void requireArtistOrAdmin(Principal p) {
        if (p.role() == Role.LISTENER)
            throw ApiProblem.forbidden("campaigns need an artist token (encore token create --role artist --user ARTIST_ID) or an admin token; yours is a listener token");
    }

    static boolean mayManage(Principal p, Campaign c) {
        return p.role() == Role.ADMIN || (p.role() == Role.ARTIST && c.ownerId().equals(p.userId()));
    }

    static ApiProblem notFound(String id) {
        return ApiProblem.notFound("no campaign '" + id + "' among yours; list them with GET /api/v1/campaigns");
    }
}
