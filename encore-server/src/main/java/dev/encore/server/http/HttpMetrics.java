package dev.encore.server.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Request latency histograms per route, ingest counters and a structured log line per failed or slow request
 * (every request at DEBUG). Routes are the
 * matched path templates (e.g. {@code /api/v1/users/{id}/recommendations}), so label cardinality stays bounded.
 */
public final class HttpMetrics {
    private static final Logger REQUESTS = LoggerFactory.getLogger("dev.encore.server.requests");
    /** Requests at least this slow are logged at INFO even when they succeed. */
    static final float SLOW_MILLIS = 1000f;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();   // skips the registry's id lookup per request

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Called by Javalin's request logger after each request with the time it took. */
    public void record(Context ctx, float millis) {
        String route = route(ctx);
        String status = Integer.toString(ctx.statusCode());
        String method = ctx.method().name();
        timers.computeIfAbsent(method + ' ' + route + ' ' + status, k -> Timer.builder("http.server.requests")
                        .description("HTTP request latency by route")
                        .tag("method", method).tag("route", route).tag("status", status)
                        .publishPercentileHistogram()
                        .register(registry))
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
        // Failures and slow requests always get a line; successful fast ones only at DEBUG, because one synchronous
        // stderr line per request caps a 2-core server at a few thousand requests/s (measured: threads queue on the
        // logger's lock). -Dorg.slf4j.simpleLogger.log.dev.encore.server.requests=debug logs every request.
        boolean notable = ctx.statusCode() >= 400 || millis >= SLOW_MILLIS;
        if (notable ? REQUESTS.isInfoEnabled() : REQUESTS.isDebugEnabled()) {
            Object principal = ctx.attribute("encore.principal");
            String line = "method={} path={} route={} status={} ms={} principal={} ip={}";
            Object[] args = {ctx.method(), ctx.path(), route, status, String.format(java.util.Locale.ROOT, "%.2f", millis),
                    principal == null ? "-" : principal, ctx.ip()};
            if (notable) REQUESTS.info(line, args); else REQUESTS.debug(line, args);
        }
    }

    private static String route(Context ctx) {
        try {
            String r = ctx.endpointHandlerPath();
            return r == null || r.isEmpty() || "*".equals(r) ? "unmatched" : r;
        } catch (IllegalStateException e) {
            return "unmatched";   // the request ended before any endpoint matched (404, 413 and 401 in before-handlers)
        }
    }

    /** Counts ingested events: {@code channel} api|listenbrainz, {@code outcome} stored|duplicate|rejected. */
    public void ingested(String channel, String outcome, long n) {
        if (n <= 0) return;
        Counter.builder("encore.ingest.events").description("events received by the ingest endpoints")
                .tag("channel", channel).tag("outcome", outcome).register(registry).increment(n);
    }

    public String scrape() {
        return registry.scrape();
    }
}
