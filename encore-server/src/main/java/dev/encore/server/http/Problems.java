package dev.encore.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders every failure as RFC 9457 problem details, so clients see one error shape everywhere. */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://encore.dev/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    /** Registers the exception and status handlers on a router. */
    public static void install(JavalinDefaultRouting r, ObjectMapper json) {
        r.exception(ApiProblem.class, (e, ctx) -> write(ctx, json, e));
        r.exception(JsonProcessingException.class, (e, ctx) -> write(ctx, json, ApiProblem.badRequest(
                "request body is not valid JSON: " + e.getOriginalMessage() + location(e) + "; send a JSON document with Content-Type: application/json")));
        r.exception(HttpResponseException.class, (e, ctx) -> write(ctx, json, fromJavalin(ctx, e)));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, json, new ApiProblem(500, "internal", "Internal server error",
                    "the server failed to handle this request (" + e.getClass().getSimpleName() + "); it is logged, please report it",
                    List.of(), List.of()));
        });
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static ApiProblem fromJavalin(Context ctx, HttpResponseException e) {
        int s = e.getStatus();
        if (s == 404) return ApiProblem.notFound("no endpoint " + ctx.method() + " " + ctx.path() + "; see /api/v1/openapi.json for the API");
        if (s == 405) return new ApiProblem(405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not supported on " + ctx.path() + "; see /api/v1/openapi.json", List.of(), List.of());
        if (s == 413) return ApiProblem.tooLarge("request body exceeds the server's size limit; split the batch into smaller requests");
        return new ApiProblem(s, "http-" + s, e.getMessage(), e.getMessage(), List.of(), List.of());
    }

    public static void write(Context ctx, ObjectMapper json, ApiProblem p) {
        for (String[] h : p.headers()) ctx.header(h[0], h[1]);
        if (ctx.path().startsWith("/1/")) {   // ListenBrainz clients expect ListenBrainz's error shape
            writeListenBrainz(ctx, json, p.status(), p.detail());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + p.slug());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        body.put("instance", ctx.path());
        if (!p.errors().isEmpty()) body.put("errors", p.errors());
        try {
            ctx.status(p.status()).contentType(CONTENT_TYPE).result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render problem", e);
        }
    }

    /** ListenBrainz's error body: {@code {"code": status, "error": message}}. */
    public static void writeListenBrainz(Context ctx, ObjectMapper json, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", status);
        body.put("error", message);
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render error", e);
        }
    }
}
