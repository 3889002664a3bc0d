package dev.encore.server.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Bodies;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.Map;

/**
 * Campaigns over HTTP. Artists (their own campaigns only; another artist's answers 404) and admins (all):
 * {@code POST /api/v1/campaigns}, {@code GET /api/v1/campaigns[/{id}]}, {@code POST /api/v1/campaigns/{id}/pause|resume},
 * {@code GET /api/v1/campaigns/{id}/report}. Listeners: {@code PUT /api/v1/users/{id}/promotion} with
 * {@code {"optOut": true}} to stop seeing promoted tracks.
 */
final class CampaignRoutes {
    private static final int MAX_BODY = 2 << 20;
    private final CampaignDesk desk;
    private final OptOuts optOuts;
    private final Authenticator auth;
    private final ObjectMapper json;

    CampaignRoutes(CampaignDesk desk, OptOuts optOuts, Authenticator auth, ObjectMapper json) {
        this.desk = desk;
        this.optOuts = optOuts;
        this.auth = auth;
        this.json = json;
    }

    void register(JavalinDefaultRouting r) {
        r.post("/api/v1/campaigns", this::create);
        r.get("/api/v1/campaigns", this::list);
        r.get("/api/v1/campaigns/{id}", ctx -> ctx.json(desk.json(desk.get(auth.require(ctx), ctx.pathParam("id")), true)));
        r.post("/api/v1/campaigns/{id}/pause", ctx -> status(ctx, CampaignStatus.PAUSED));
        r.post("/api/v1/campaigns/{id}/resume", ctx -> status(ctx, CampaignStatus.ACTIVE));
        r.get("/api/v1/campaigns/{id}/report", ctx -> ctx.json(CampaignJson.report(desk.report(auth.require(ctx), ctx.pathParam("id")))));
        r.put("/api/v1/users/{id}/promotion", this::optOut);
        r.get("/api/v1/users/{id}/promotion", ctx -> {
            String user = ctx.pathParam("id");
            Authenticator.checkActsFor(auth.require(ctx), user);
            ctx.json(Map.of("user", user, "optOut", optOuts.optedOut(user)));
        });
    }

    private void create(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        CampaignAccess.requireArtistOrAdmin(p);
        Campaign c = desk.create(p, CampaignJson.draft(body(ctx, CampaignJson.EXAMPLE)));
        ctx.status(201).header("Location", "/api/v1/campaigns/" + c.id()).json(desk.json(c, true));
    }

    private void list(Context ctx) throws Exception {
        ctx.json(Map.of("campaigns", desk.list(auth.require(ctx)).stream().map(c -> desk.json(c, false)).toList()));
    }

    private void status(Context ctx, CampaignStatus status) throws Exception {
        ctx.json(desk.json(desk.setStatus(auth.require(ctx), ctx.pathParam("id"), status), false));
    }

    private void optOut(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), user);
        JsonNode b = body(ctx, "{\"optOut\": true}");
        if (!b.path("optOut").isBoolean())
            throw ApiProblem.invalid("send {\"optOut\": true} to stop seeing promoted tracks, or false to allow them again",
                    java.util.List.of(dev.encore.server.http.FieldError.of("optOut", "true or false")));
        optOuts.set(user, b.path("optOut").asBoolean());
        ctx.json(Map.of("user", user, "optOut", optOuts.optedOut(user)));
    }

    private JsonNode body(Context ctx, String example) throws Exception {
        try {
            JsonNode b = json.readTree(Bodies.read(ctx, MAX_BODY));
            if (b == null || !b.isObject()) throw ApiProblem.badRequest("the body must be a JSON object, e.g. " + example);
            return b;
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not valid JSON (" + e.getOriginalMessage() + "); expected e.g. " + example);
        }
    }
}
