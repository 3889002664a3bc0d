package dev.encore.server.ui;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.io.InputStream;

/** Static files of the UI shell from the classpath: our own under {@code ui/}, htmx and Chart.js from their WebJars. */
final class Assets {
    private static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    private static final String CHART = "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private Assets() {}

    static void register(JavalinDefaultRouting r) {
        r.get("/ui/static/app.css", ctx -> serve(ctx, "ui/app.css", "text/css; charset=utf-8"));
        r.get("/ui/static/app.js", ctx -> serve(ctx, "ui/app.js", "text/javascript; charset=utf-8"));
        r.get("/ui/static/operator.js", ctx -> serve(ctx, "ui/operator.js", "text/javascript; charset=utf-8"));
        r.get("/ui/static/icon.svg", ctx -> serve(ctx, "ui/icon.svg", "image/svg+xml"));
        r.get("/ui/manifest.webmanifest", ctx -> serve(ctx, "ui/manifest.webmanifest", "application/manifest+json"));
        // Served from /ui/ so the worker's scope covers the whole UI.
        r.get("/ui/sw.js", ctx -> serve(ctx, "ui/sw.js", "text/javascript; charset=utf-8"));
        r.get("/ui/offline", ctx -> serve(ctx, "ui/offline.html", "text/html; charset=utf-8"));
        r.get("/ui/vendor/htmx.min.js", ctx -> serve(ctx, HTMX, "text/javascript; charset=utf-8"));
        r.get("/ui/vendor/chart.umd.min.js", ctx -> serve(ctx, CHART, "text/javascript; charset=utf-8"));
    }

    private static void serve(Context ctx, String path, String type) throws IOException {
        try (InputStream in = UiRoutes.resource(path)) {
            if (in == null) throw new IllegalStateException("UI asset " + path + " is missing from the classpath; rebuild encore-server");
            ctx.contentType(type).header("Cache-Control", "public, max-age=300").result(in.readAllBytes());
        }
    }
}
