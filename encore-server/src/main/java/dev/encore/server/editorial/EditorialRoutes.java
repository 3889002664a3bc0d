package dev.encore.server.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Bodies;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.List;
import java.util.Map;

/**
 * Editorial pools over HTTP. Editors (admin tokens): {@code PUT /api/v1/editorial/{id}} creates or replaces a pool,
 * {@code GET /api/v1/editorial/{id}/stats} reports each placement. Any token: {@code GET /api/v1/editorial} and
 * {@code GET /api/v1/editorial/{id}}. Listeners: {@code GET /api/v1/users/{id}/editorial/{pool}} serves their
 * personalised playlist (and records it as shown).
 */
public final class EditorialRoutes {
    private static final int MAX_BODY = 1 << 20;
    private final EditorialService editorial;
    private final Authenticator auth;
    private final ObjectMapper json;

    public EditorialRoutes(EditorialService editorial, Authenticator auth, ObjectMapper json) {
        this.editorial = editorial;
        this.auth = auth;
        this.json = json;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/editorial", this::list);
        r.put("/api/v1/editorial/{id}", this::put);
        r.get("/api/v1/editorial/{id}", this::get);
        r.get("/api/v1/editorial/{id}/stats", this::stats);
        r.get("/api/v1/users/{id}/editorial/{pool}", this::serve);
    }

    private void list(Context ctx) throws Exception {
        auth.require(ctx);
        Map<String, Long> counts = editorial.candidateCounts();
        List<Map<String, Object>> pools = editorial.pools().stream().map(p -> {
            Map<String, Object> m = EditorialJson.head(p);
            m.put("candidates", counts.getOrDefault(p.id(), 0L));
            return m;
        }).toList();
        ctx.json(Map.of("pools", pools));
    }

    private void put(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        Authenticator.checkAdmin(p);
        JsonNode body;
        try {
            body = json.readTree(Bodies.read(ctx, MAX_BODY));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not valid JSON (" + e.getOriginalMessage() + "); expected e.g. " + EditorialJson.EXAMPLE);
        }
        String id = ctx.pathParam("id");
        boolean existed = editorial.pool(id).isPresent();
        var saved = editorial.save(EditorialJson.pool(id, body), p.tokenId());
        ctx.status(existed ? 200 : 201).json(EditorialJson.pool(saved));
    }

    private void get(Context ctx) throws Exception {
        auth.require(ctx);
        ctx.json(EditorialJson.pool(editorial.require(ctx.pathParam("id"))));
    }

    private void stats(Context ctx) throws Exception {
        Authenticator.checkAdmin(auth.require(ctx));
        String id = ctx.pathParam("id");
        ctx.json(EditorialJson.stats(editorial.require(id), editorial.outcomes(id)));
    }

    private void serve(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), user);
        var pool = editorial.require(ctx.pathParam("pool"));
        ctx.json(EditorialJson.selection(pool, user, editorial.serve(pool.id(), user), editorial.catalog()));
    }
}
