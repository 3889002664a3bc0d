package dev.encore.server.serving;

import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.Queries;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recommendations, similar items and "has this user heard X". A user the served model has never seen and who has
 * posted nothing since gets 404 (no silent popularity fallback: the client can tell "no history" from "no
 * recommendations" and ask for a chart explicitly once the products land).
 */
public final class RecommendationRoutes {
    private static final int MAX_K = 500;
    private final ModelHolder models;
    private final Recommendations recs;
    private final Authenticator auth;

    public RecommendationRoutes(ModelHolder models, Recommendations recs, Authenticator auth) {
        this.models = models;
        this.recs = recs;
        this.auth = auth;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/users/{id}/recommendations", this::recommend);
        r.get("/api/v1/items/{id}/similar", this::similar);
        r.get("/api/v1/users/{id}/heard/{itemId}", this::heard);
    }

    private LoadedModel model() {
        return models.current().orElseThrow(() -> ApiProblem.unavailable(
                "no model is loaded yet; train one (encore train --data DIR) or activate a version via /api/v1/admin/models"));
    }

    private void recommend(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Principal p = auth.require(ctx);
        Authenticator.checkActsFor(p, user);
        int k = Queries.intParam(ctx, "k", 10, 1, MAX_K);
        boolean explain = Queries.boolParam(ctx, "explain", true);
        boolean excludeHeard = Queries.boolParam(ctx, "excludeHeard", true);
        List<String> exclude = Queries.listParam(ctx, "exclude");
        LoadedModel m = model();
        List<Recommendations.Item> items = recs.recommend(m, user, k, exclude, excludeHeard, explain).orElseThrow(() -> ApiProblem.notFound(
                "user '" + user + "' has no listening history in model " + m.version()
                        + " and has posted none since; send listens to POST /api/v1/events first"));
        ctx.json(body(m, "user", user, items, explain));
    }

    private void similar(Context ctx) throws Exception {
        auth.require(ctx);
        String item = ctx.pathParam("id");
        int k = Queries.intParam(ctx, "k", 10, 1, MAX_K);
        LoadedModel m = model();
        List<Recommendations.Item> items = recs.similar(m, item, k).orElseThrow(() -> ApiProblem.notFound(
                "item '" + item + "' is not in model " + m.version() + "; items enter the model when it is next trained"));
        ctx.json(body(m, "item", item, items, true));
    }

    private void heard(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Principal p = auth.require(ctx);
        Authenticator.checkActsFor(p, user);
        String item = ctx.pathParam("itemId");
        boolean heard = recs.heard(models.current().orElse(null), user, item);
        ctx.json(Map.of("user", user, "item", item, "heard", heard));
    }

    private static Map<String, Object> body(LoadedModel m, String subjectKey, String subject, List<Recommendations.Item> items, boolean explain) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(subjectKey, subject);
        out.put("model", Map.of("version", m.version(), "algorithm", m.model().algorithm()));
        out.put("items", items.stream().map(i -> item(i, explain)).toList());
        return out;
    }

    private static Map<String, Object> item(Recommendations.Item i, boolean explain) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", i.id());
        o.put("score", i.score());
        if (i.title() != null) o.put("title", i.title());
        if (i.artists() != null) o.put("artists", i.artists());
        if (explain) o.put("reason", Map.of("source", i.source(), "because", i.because()));
        return o;
    }
}
