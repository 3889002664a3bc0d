package dev.encore.server.http;

import dev.encore.server.serving.ModelHolder;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Liveness, readiness, Prometheus metrics and the API documents; none of these need a token. */
public final class SystemRoutes {
    private final ModelHolder models;
    private final boolean requireModel;
    private final HttpMetrics metrics;

    public SystemRoutes(ModelHolder models, boolean requireModel, HttpMetrics metrics) {
        this.models = models;
        this.requireModel = requireModel;
        this.metrics = metrics;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
        r.get("/readyz", this::ready);
        r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        r.get("/api/v1/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
        r.get("/api/v1/docs", ctx -> resource(ctx, "docs.html", "text/html; charset=utf-8"));
    }

    private void ready(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        var m = models.current();
        m.ifPresent(x -> out.put("model", x.version()));
        if (models.lastError() != null) out.put("modelError", models.lastError());
        if (m.isEmpty() && requireModel) {
            out.put("status", "not ready");
            out.put("reason", models.lastError() != null ? models.lastError() : "no model loaded yet; train one with: encore train --data DIR");
            ctx.status(503);
        } else {
            out.put("status", "ready");
        }
        ctx.json(out);
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = SystemRoutes.class.getResourceAsStream("/dev/encore/server/" + name)) {
            if (in == null) throw new IOException("resource " + name + " is missing from the server jar");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
